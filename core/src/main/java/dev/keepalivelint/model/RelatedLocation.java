package dev.keepalivelint.model;

import java.util.Objects;

/** Another place that explains a finding, e.g. the server whose policy the client violates. */
public final class RelatedLocation {
    private final Location location;
    private final String message;

    public RelatedLocation(Location location, String message) {
        this.location = Objects.requireNonNull(location);
        this.message = Objects.requireNonNull(message);
    }

    public Location location() {
        return location;
    }

    public String message() {
        return message;
    }
}
