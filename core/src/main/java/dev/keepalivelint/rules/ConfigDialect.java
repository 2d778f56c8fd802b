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
    private String requires;

    public ConfigDialect(String id, String name, Binding binding, String durations, List<String> files,
                         List<String> triggers, List<ConfigBlock> blocks, Source source) {
        this.id = id;
        this.name = name;
        this.binding = binding;
        this.durations = durations;
        this.files = List.copyOf(files);
        this.triggers = List.copyOf(triggers);
        this.blocks = List.copyOf(blocks);
        this.source = source;
    }

    /**
     * This dialect, read only in projects that depend on library {@code library} (when the dependencies are known):
     * for a spelling so plain that another framework's files have it too (LogNet's top-level {@code grpc.port}).
     */
    public ConfigDialect requiring(String library) {
        ConfigDialect copy = new ConfigDialect(id, name, binding, durations, files, triggers, blocks, source);
        copy.requires = library;
        return copy;
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
}
