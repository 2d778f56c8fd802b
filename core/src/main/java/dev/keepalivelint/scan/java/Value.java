package dev.keepalivelint.scan.java;

/**
 * The result of evaluating a Java expression statically: a value (Long, Double, Boolean, String,
 * java.time.Duration, TimeUnit, ChronoUnit, or {@link #NULL}) with how it was found, or the reason it could
 * not be found.
 */
final class Value {
    /** The Java {@code null} literal. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final Object value;
    private final String via;
    private final String unknownReason;

    private Value(Object value, String via, String unknownReason) {
        this.value = value;
        this.via = via;
        this.unknownReason = unknownReason;
    }

    static Value of(Object value) {
        return new Value(value, null, null);
    }

    static Value unknown(String reason) {
        return new Value(null, null, reason);
    }

    /** The same value, noting that it came through {@code step} (e.g. a constant). */
    Value via(String step) {
        if (!isKnown()) {
            return this;
        }
        Value copy = new Value(value, via == null ? step : step + ", " + via, null);
        copy.constant = constant;
        copy.constantAt = constantAt;
        return copy;
    }

    private String constant;
    private dev.keepalivelint.model.Location constantAt;

    /**
     * The same value, noting that it is exactly the value of constant {@code name} declared at {@code at}
     * (so a fix can say where to change it). The innermost constant, where the value is written, is kept.
     */
    Value fromConstant(String name, dev.keepalivelint.model.Location at) {
        if (!isKnown() || constant != null) {
            return this;
        }
        Value copy = new Value(value, via, null);
        copy.constant = name;
        copy.constantAt = at;
        return copy;
    }

    /** The constant this value is exactly the value of, or null (also for anything computed from it). */
    String constant() {
        return constant;
    }

    dev.keepalivelint.model.Location constantAt() {
        return constantAt;
    }

    /** A derived value keeping this value's provenance. */
    Value derive(Object newValue) {
        return new Value(newValue, via, null);
    }

    /** A value computed from two inputs, keeping both provenances. */
    static Value combine(Object newValue, Value a, Value b) {
        String via = a.via == null ? b.via : b.via == null || b.via.equals(a.via) ? a.via : a.via + ", " + b.via;
        return new Value(newValue, via, null);
    }

    boolean isKnown() {
        return unknownReason == null;
    }

    Object get() {
        return value;
    }

    String via() {
        return via;
    }

    String unknownReason() {
        return unknownReason;
    }

    boolean isNumber() {
        return value instanceof Long || value instanceof Double;
    }

    @Override
    public String toString() {
        return isKnown() ? String.valueOf(value) + (via == null ? "" : " via " + via) : "?(" + unknownReason + ")";
    }
}
