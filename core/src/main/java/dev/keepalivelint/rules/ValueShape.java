package dev.keepalivelint.rules;

/** How the arguments of a builder method carry a value. */
public enum ValueShape {
    /** {@code (long amount, TimeUnit unit)} */
    DURATION_UNIT("duration-unit"),
    /** one {@code java.time.Duration} */
    DURATION("duration"),
    /** one number of milliseconds */
    MILLIS("millis"),
    /** one number of seconds */
    SECONDS("seconds"),
    /** one boolean */
    BOOLEAN("boolean"),
    /** one or more strings (targets, endpoints) */
    TEXT("text"),
    /** one int (a port) */
    NUMBER("number"),
    /** calling the method turns the setting on, whatever its arguments (jetcd {@code sslContext(...)}); a null argument clears it */
    CALLED("called");

    private final String id;

    ValueShape(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ValueShape byId(String id) {
        for (ValueShape s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }
}
