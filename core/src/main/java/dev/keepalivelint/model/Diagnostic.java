package dev.keepalivelint.model;

import java.util.Objects;

/** A file that could not be read or parsed (or a value in it that could not be read); the scan went on without it. */
public final class Diagnostic {
    private final Location location;
    private final String reason;

    public Diagnostic(Location location, String reason) {
        this.location = Objects.requireNonNull(location);
        this.reason = Objects.requireNonNull(reason);
    }

    public Location location() {
        return location;
    }

    /** One line saying what is wrong. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
