package dev.keepalivelint.scan.config;

import dev.keepalivelint.model.Location;
import java.util.List;

/**
 * One key of a configuration document, flattened: its path segments as written, its scalar value (null for a
 * key that holds a mapping or list), where the key is, and the profile it belongs to when the key itself names
 * one (Quarkus {@code %prod.}).
 */
public final class ConfigEntry {
    private final List<String> segments;
    private final String value;
    private final Location location;
    private final String profile;

    public ConfigEntry(List<String> segments, String value, Location location, String profile) {
        this.segments = List.copyOf(segments);
        this.value = value;
        this.location = location;
        this.profile = profile;
    }

    public List<String> segments() {
        return segments;
    }

    /** The scalar value; null when the key holds a mapping or a list. */
    public String value() {
        return value;
    }

    public Location location() {
        return location;
    }

    /** The profile named by the key itself ({@code %prod.quarkus...}); null otherwise. */
    String profile() {
        return profile;
    }

    public String key() {
        return String.join(".", segments);
    }

    /**
     * The key as the user wrote it, with its profile prefix ({@code %prod.quarkus...}): a fix that drops the
     * prefix would change the default profile, and the profile's own line would still win.
     */
    String writtenKey() {
        return profile == null ? key() : "%" + profile + "." + key();
    }

    @Override
    public String toString() {
        return key() + "=" + value + " @" + location;
    }
}
