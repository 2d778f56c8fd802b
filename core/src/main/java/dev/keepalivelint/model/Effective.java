package dev.keepalivelint.model;

/**
 * A value in effect for a client or server, with where it comes from: the setting that was written, or
 * the default that applies because nothing was written.
 */
public final class Effective<T> {
    private final T value;
    private final KeepaliveSetting setting;
    private final String basis;
    private final boolean known;

    private Effective(T value, KeepaliveSetting setting, String basis, boolean known) {
        this.value = value;
        this.setting = setting;
        this.basis = basis;
        this.known = known;
    }

    /** A value written in the project. */
    public static <T> Effective<T> written(T value, KeepaliveSetting setting) {
        return new Effective<>(value, setting, null, true);
    }

    /** A value written in the project and changed by the library, e.g. raised to its minimum. */
    public static <T> Effective<T> adjusted(T value, KeepaliveSetting setting, String basis) {
        return new Effective<>(value, setting, basis, true);
    }

    /** A default, with what it is the default of (e.g. "jetcd 0.8.6 default"). */
    public static <T> Effective<T> byDefault(T value, String basis) {
        return new Effective<>(value, null, basis, true);
    }

    /** A value that was written but could not be determined statically. */
    public static <T> Effective<T> unknown(KeepaliveSetting setting) {
        return new Effective<>(null, setting, null, false);
    }

    /**
     * A value that is not known because the builder's creation is not in sight (a field, parameter or cast whose
     * builder comes from elsewhere): the library's defaults may not apply, so none is assumed.
     */
    public static <T> Effective<T> notInSight(String basis) {
        return new Effective<>(null, null, basis, false);
    }

    /** False when the value was written in a way the scanner could not evaluate; checks then say nothing. */
    public boolean isKnown() {
        return known;
    }

    /** The value; for a keepalive interval, null means keepalive is off. */
    public T value() {
        return value;
    }

    /** The setting that was written, or null when the value is a default. */
    public KeepaliveSetting setting() {
        return setting;
    }

    public boolean isDefault() {
        return setting == null;
    }

    /** Why the value is what it is when it is not simply the written value; may be null. */
    public String basis() {
        return basis;
    }
}
