package dev.keepalivelint.rules;

import dev.keepalivelint.model.Role;
import java.util.List;
import java.util.Map;

/**
 * A block of configuration that creates a client or a server: where it is ({@code grpc.client.{name}},
 * {@code **.kvstore}), when it counts (a sibling key's value, e.g. store: etcd), and its keys.
 */
public final class ConfigBlock {
    private final String path;
    private final Role role;
    private final String library;
    private final Map<String, String> when;
    private final String inherit;
    private final List<ConfigKey> keys;
    private final boolean requiresKey;
    private final String companion;
    private final Map<String, String> defaults;
    private final List<Map<String, String>> orWhen;
    private final String note;
    private final NotEnforced notEnforcedWhen;
    private final Map<String, String> unless;

    /**
     * When a server block's configuration makes the server enforce nothing: keys whose value matches a glob
     * ({@code *} for any text) and keys that are absent, with why.
     */
    public static final class NotEnforced {
        private final Map<String, String> matches;
        private final List<String> absent;
        private final String why;

        public NotEnforced(Map<String, String> matches, List<String> absent, String why) {
            this.matches = Map.copyOf(matches);
            this.absent = List.copyOf(absent);
            this.why = why;
        }

        /** Key (relative to the block) to a glob its value must match. */
        public Map<String, String> matches() {
            return matches;
        }

        /** Keys (relative to the block) that must not be written. */
        public List<String> absent() {
            return absent;
        }

        public String why() {
            return why;
        }
    }

    public ConfigBlock(String path, Role role, String library, Map<String, String> when, String inherit,
                       List<ConfigKey> keys, boolean requiresKey, String companion, Map<String, String> defaults) {
        this(path, role, library, when, inherit, keys, requiresKey, companion, defaults, List.of(), null, null);
    }

    public ConfigBlock(String path, Role role, String library, Map<String, String> when, String inherit,
                       List<ConfigKey> keys, boolean requiresKey, String companion, Map<String, String> defaults,
                       List<Map<String, String>> orWhen, String note) {
        this(path, role, library, when, inherit, keys, requiresKey, companion, defaults, orWhen, note, null);
    }

    /**
     * @param orWhen          alternatives to {@code when}: the block counts when any of them holds (store: multi with
     *                        multi.primary: etcd)
     * @param note            said with every finding about a client of the block (what the real options are); may be null
     * @param notEnforcedWhen when the server this block configures enforces nothing; may be null
     */
    public ConfigBlock(String path, Role role, String library, Map<String, String> when, String inherit,
                       List<ConfigKey> keys, boolean requiresKey, String companion, Map<String, String> defaults,
                       List<Map<String, String>> orWhen, String note, NotEnforced notEnforcedWhen) {
        this(path, role, library, when, inherit, keys, requiresKey, companion, defaults, orWhen, note, notEnforcedWhen,
            Map.of());
    }

    /**
     * @param unless the block does not count when all of these sibling keys have these values (a Quarkus client with
     *               use-quarkus-grpc-client: true is the Vert.x client, not the grpc-java channel the block describes);
     *               empty when nothing excludes it
     */
    public ConfigBlock(String path, Role role, String library, Map<String, String> when, String inherit,
                       List<ConfigKey> keys, boolean requiresKey, String companion, Map<String, String> defaults,
                       List<Map<String, String>> orWhen, String note, NotEnforced notEnforcedWhen,
                       Map<String, String> unless) {
        this.unless = Map.copyOf(unless);
        this.orWhen = List.copyOf(orWhen);
        this.note = note;
        this.notEnforcedWhen = notEnforcedWhen;
        this.path = path;
        this.role = role;
        this.library = library;
        this.when = Map.copyOf(when);
        this.inherit = inherit;
        this.keys = List.copyOf(keys);
        this.requiresKey = requiresKey;
        this.companion = companion;
        this.defaults = Map.copyOf(defaults);
    }

    /** When the server this block configures enforces nothing; null when it always enforces its policy. */
    public NotEnforced notEnforcedWhen() {
        return notEnforcedWhen;
    }

    /** Sibling key values that exclude the block (all of them must hold); empty when nothing excludes it. */
    public Map<String, String> unless() {
        return unless;
    }

    /** Alternatives to {@link #when()}; empty when there are none. */
    public List<Map<String, String>> orWhen() {
        return orWhen;
    }

    /** Said with every finding about a client of this block; null when nothing. */
    public String note() {
        return note;
    }

    /** Values the framework uses for keys the block does not write, by key (e.g. port: 9090). */
    public Map<String, String> defaults() {
        return defaults;
    }

    /**
     * For a server block: a client library whose clients the same process runs against this server (Cortex's
     * internal gRPC clients meet the server: block of their own file); null when there is none.
     */
    public String companion() {
        return companion;
    }

    /**
     * Dot-separated path of the block: literal segments, {@code {name}} for one segment that names an instance
     * (a channel name, kept verbatim), and a leading {@code **} for "at any depth". Empty for the document root.
     */
    public String path() {
        return path;
    }

    public Role role() {
        return role;
    }

    /** The client library or server implementation the block creates. */
    public String library() {
        return library;
    }

    /** Keys of the block that must have these values for the block to count (e.g. store: etcd). */
    public Map<String, String> when() {
        return when;
    }

    /** An instance whose settings this block's instances inherit when they do not set them (grpc.client.GLOBAL); may be null. */
    public String inherit() {
        return inherit;
    }

    public List<ConfigKey> keys() {
        return keys;
    }

    /**
     * True when the block counts only if one of its keys is written (a server block with no keys says nothing);
     * false when the block's presence alone creates the client (a kvstore with store: etcd).
     */
    public boolean requiresKey() {
        return requiresKey;
    }
}
