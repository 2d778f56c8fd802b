package dev.keepalivelint.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a scanner saw about one client or server: which library builds it, where, and the settings
 * written for it, in the order they take effect (a later setting of the same kind wins).
 */
public final class Observation {
    private final Role role;
    private final String library;
    private final String description;
    private final Location location;
    private final List<KeepaliveSetting> settings;
    private final String profile;
    private final Map<SettingKind, Spelling> spellings;
    private final String group;
    private final List<String> remarks;
    private final String version;
    private final List<KeepaliveSetting> notApplied;
    private final Set<SettingKind> unsettable;

    /**
     * @param spellings how each setting is written where this thing is configured, used to phrase fixes
     * @param group     the configuration unit it belongs to (one application's files and profile), so that
     *                  clients can meet the server of their own application; null for Java code
     */
    public Observation(Role role, String library, String description, Location location,
                       List<KeepaliveSetting> settings, String profile, Map<SettingKind, Spelling> spellings,
                       String group) {
        this(role, library, description, location, settings, profile, spellings, group, List.of());
    }

    /** @param remarks things the user wrote that do not take effect, said with every finding about this */
    public Observation(Role role, String library, String description, Location location,
                       List<KeepaliveSetting> settings, String profile, Map<SettingKind, Spelling> spellings,
                       String group, List<String> remarks) {
        this(role, library, description, location, settings, profile, spellings, group, remarks, List.of(), null);
    }

    /**
     * @param version the version of the library this was built with when the file itself says so (a container
     *                image tag); null to take the project's version of the library
     */
    public Observation(Role role, String library, String description, Location location,
                       List<KeepaliveSetting> settings, String profile, Map<SettingKind, Spelling> spellings,
                       String group, List<String> remarks, String version) {
        this(role, library, description, location, settings, profile, spellings, group, remarks, List.of(), version);
    }

    /**
     * @param notApplied settings the user wrote that the framework does not apply (a key this version does not have,
     *                   a value it cannot bind); each is unresolved with the reason, and none is among {@code settings}
     */
    public Observation(Role role, String library, String description, Location location,
                       List<KeepaliveSetting> settings, String profile, Map<SettingKind, Spelling> spellings,
                       String group, List<String> remarks, List<KeepaliveSetting> notApplied) {
        this(role, library, description, location, settings, profile, spellings, group, remarks, notApplied, null);
    }

    /** The settings that are not applied, and the version the file gives. */
    public Observation(Role role, String library, String description, Location location,
                       List<KeepaliveSetting> settings, String profile, Map<SettingKind, Spelling> spellings,
                       String group, List<String> remarks, List<KeepaliveSetting> notApplied, String version) {
        this(role, library, description, location, settings, profile, spellings, group, remarks, notApplied, version,
            Set.of());
    }

    /**
     * Everything.
     *
     * @param unsettable settings that cannot be given where this thing is configured, in the version in use (the
     *                   key does not exist there, or is not applied), so that no fix proposes them
     */
    public Observation(Role role, String library, String description, Location location,
                       List<KeepaliveSetting> settings, String profile, Map<SettingKind, Spelling> spellings,
                       String group, List<String> remarks, List<KeepaliveSetting> notApplied, String version,
                       Set<SettingKind> unsettable) {
        this.unsettable = unsettable.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unsettable));
        this.notApplied = List.copyOf(notApplied);
        this.version = version;
        this.role = Objects.requireNonNull(role);
        this.library = Objects.requireNonNull(library);
        this.description = Objects.requireNonNull(description);
        this.location = Objects.requireNonNull(location);
        this.settings = Collections.unmodifiableList(new ArrayList<>(settings));
        this.profile = profile;
        this.spellings = spellings == null ? Map.of() : Map.copyOf(spellings);
        this.group = group;
        this.remarks = List.copyOf(remarks);
    }

    /** The library version the file itself gives (an image tag), or null. */
    public String version() {
        return version;
    }

    private String unknownOrigin;

    /**
     * The same observation, for a builder whose creation is not in sight (a field, parameter, cast or clone
     * whose builder comes from elsewhere): the library's defaults are not assumed for it, only what is written.
     * {@code why} says where it comes from.
     */
    public Observation withUnknownOrigin(String why) {
        Observation copy = new Observation(role, library, description, location, settings, profile, spellings, group,
            remarks, notApplied, version, unsettable);
        copy.unknownOrigin = why;
        return copy;
    }

    /** Why the builder's creation is not in sight, or null when it is (the library's defaults then apply). */
    public String unknownOrigin() {
        return unknownOrigin;
    }

    /** Settings written that do not take effect, each with why (e.g. a switch the framework never reads). */
    public List<String> remarks() {
        return remarks;
    }

    /** Settings written for this that do not take effect, each with why (its unresolved reason). */
    public List<KeepaliveSetting> notApplied() {
        return notApplied;
    }

    /**
     * Settings that cannot be given where this thing is configured, in the version in use: grpc-spring before 2.3.0
     * has no grpc.server.permit-keep-alive-time. A fix offers no alternative that needs one of them.
     */
    public Set<SettingKind> unsettable() {
        return unsettable;
    }

    /** True when {@code kind} can be given where this thing is configured (see {@link #unsettable()}). */
    public boolean canSet(SettingKind kind) {
        return !unsettable.contains(kind);
    }

    /** The configuration unit (application and profile) this came from; null for Java code. */
    public String group() {
        return group;
    }

    /** How each setting is written where this thing is configured. */
    public Map<SettingKind, Spelling> spellings() {
        return spellings;
    }

    /**
     * How to write {@code kind} with {@code value} (a Duration or Boolean) where this thing is configured,
     * e.g. ".keepaliveWithoutCalls(false)"; null when the scanner gave no spelling.
     */
    public String spell(SettingKind kind, Object value) {
        Spelling spelling = spellings.get(kind);
        return spelling == null ? null : spelling.write(value);
    }

    public Role role() {
        return role;
    }

    /** The rules-file id of the library (client) or server implementation. */
    public String library() {
        return library;
    }

    /** How the thing was created, e.g. "NettyChannelBuilder.forAddress" or "grpc.client.inventory". */
    public String description() {
        return description;
    }

    /** Where it is created: the factory call or the configuration block. */
    public Location location() {
        return location;
    }

    public List<KeepaliveSetting> settings() {
        return settings;
    }

    /** The configuration profile the settings belong to (Spring, Quarkus); null when not profile specific. */
    public String profile() {
        return profile;
    }

    /** The setting of {@code kind} that takes effect (the last one written), or null. */
    public KeepaliveSetting last(SettingKind kind) {
        KeepaliveSetting found = null;
        for (KeepaliveSetting s : settings) {
            if (s.kind() == kind) {
                found = s;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return role + " " + library + " " + description + " @" + location + " " + settings;
    }
}
