package dev.keepalivelint.rules;

import dev.keepalivelint.model.Source;
import java.util.List;

/**
 * How one framework or product spells keepalive in configuration files: its blocks and keys, how keys are
 * compared (Spring relaxed binding or exactly), how durations are written, which files it reads.
 */
public final class ConfigDialect {
    /** How key names are compared. */
    public enum Binding {
        /** Spring relaxed binding: case, '-' and '_' ignored in property names (never in map keys such as channel names). */
        RELAXED,
        /** Exactly as written. */
        EXACT
    }

    /** The duration syntaxes a dialect may name; the scanner knows how to read each. */
    public static final java.util.Set<String> DURATION_SYNTAXES = java.util.Set.of("spring", "quarkus", "micronaut", "go",
        "nanos", "millis");

    private final String id;
    private final String name;
    private final Binding binding;
    private final String durations;
    private final List<String> files;
    private final List<String> triggers;
    private final List<ConfigBlock> blocks;
    private final Source source;
    private final String requires;
    private final String boundByLibrary;
    private final String boundByVersions;

    public ConfigDialect(String id, String name, Binding binding, String durations, List<String> files,
                         List<String> triggers, List<ConfigBlock> blocks, Source source) {
        this(id, name, binding, durations, files, triggers, blocks, source, null, null, null);
    }

    /**
     * @param requires        a library id: when the project's dependencies are known, the dialect is read only in
     *                        projects that depend on it (rules: requires), for a spelling so plain that another
     *                        framework's files have it too (LogNet's top-level {@code grpc.port}); or null
     * @param boundByLibrary  the library whose versions bind these keys (rules: boundBy.library), or null
     * @param boundByVersions the versions of it that do (boundBy.versions, a range), or null: every version
     */
    public ConfigDialect(String id, String name, Binding binding, String durations, List<String> files,
                         List<String> triggers, List<ConfigBlock> blocks, Source source, String requires,
                         String boundByLibrary, String boundByVersions) {
        this.requires = requires;
        this.boundByLibrary = boundByLibrary;
        this.boundByVersions = boundByVersions;
        this.id = id;
        this.name = name;
        this.binding = binding;
        this.durations = durations;
        this.files = List.copyOf(files);
        this.triggers = List.copyOf(triggers);
        this.blocks = List.copyOf(blocks);
        this.source = source;
    }

    /** The library a project must depend on for this dialect to be read, or null. */
    public String requires() {
        return requires;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Binding binding() {
        return binding;
    }

    /** The duration syntax id (spring, quarkus, micronaut, go, nanos). */
    public String durations() {
        return durations;
    }

    /** File name globs the dialect reads ("application*"); empty = every configuration file. */
    public List<String> files() {
        return files;
    }

    /** Tokens at least one of which a file must contain for the dialect to find anything in it. */
    public List<String> triggers() {
        return triggers;
    }

    public List<ConfigBlock> blocks() {
        return blocks;
    }

    public Source source() {
        return source;
    }

    /** The library whose versions bind these keys, or null when the dialect says nothing about versions. */
    public String boundByLibrary() {
        return boundByLibrary;
    }

    /** The range of {@link #boundByLibrary()} versions that bind these keys, or null. */
    public String boundByVersions() {
        return boundByVersions;
    }
}
