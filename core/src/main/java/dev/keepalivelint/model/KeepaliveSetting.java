package dev.keepalivelint.model;

import java.time.Duration;
import java.util.Objects;

/**
 * One keepalive-relevant value as a scanner found it: which setting, the value (or why it could not be
 * determined), the text as written and where it was written.
 */
public final class KeepaliveSetting {
    private final SettingKind kind;
    private final Object value;
    private final boolean resolved;
    private final String written;
    private final String unresolvedReason;
    private final Location location;
    private final String via;

    private KeepaliveSetting(SettingKind kind, Object value, boolean resolved, String written,
                             String unresolvedReason, Location location, String via) {
        this.kind = Objects.requireNonNull(kind);
        this.value = value;
        this.resolved = resolved;
        this.written = written == null ? "" : written;
        this.unresolvedReason = unresolvedReason;
        this.location = Objects.requireNonNull(location);
        this.via = via;
    }

    /**
     * A value that was determined. {@code value} is a {@link Duration}, {@link Boolean}, {@link String} or
     * {@link Long} according to the kind; null means the setting was explicitly cleared (for a duration:
     * keepalive off).
     */
    public static KeepaliveSetting resolved(SettingKind kind, Object value, String written, Location location, String via) {
        return new KeepaliveSetting(kind, value, true, written, null, location, via);
    }

    /** A value that could not be determined statically, with what was seen. */
    public static KeepaliveSetting unresolved(SettingKind kind, String written, String reason, Location location) {
        return new KeepaliveSetting(kind, null, false, written, reason, location, null);
    }

    public SettingKind kind() {
        return kind;
    }

    public boolean isResolved() {
        return resolved;
    }

    /** The duration value; null when cleared or not a duration. */
    public Duration duration() {
        return value instanceof Duration ? (Duration) value : null;
    }

    public Boolean flag() {
        return value instanceof Boolean ? (Boolean) value : null;
    }

    public String text() {
        return value instanceof String ? (String) value : null;
    }

    public Long number() {
        return value instanceof Long ? (Long) value : null;
    }

    public Object value() {
        return value;
    }

    /** The source text the value came from, e.g. {@code 30, TimeUnit.SECONDS} or {@code keep-alive-time: 30s}. */
    public String written() {
        return written;
    }

    public String unresolvedReason() {
        return unresolvedReason;
    }

    public Location location() {
        return location;
    }

    /** How the value was obtained when not literally, e.g. "constant Timeouts.PING (Timeouts.java:7)"; may be null. */
    public String via() {
        return via;
    }

    @Override
    public String toString() {
        return kind.id() + "=" + (resolved ? String.valueOf(value) : "?(" + unresolvedReason + ")") + " @" + location;
    }
}
