package dev.keepalivelint.scan.config;

import java.nio.file.Path;
import java.util.List;

/** One document of a configuration file (a YAML file may hold several) with the profile it applies to. */
public final class ConfigDocument {
    private final Path file;
    private final String displayPath;
    private final int index;
    private final boolean yaml;
    private final String profile;
    private final List<ConfigEntry> entries;
    private final String product;
    private final String version;
    private final String application;
    private final java.util.Map<String, String> flags;

    ConfigDocument(Path file, String displayPath, int index, boolean yaml, String profile, List<ConfigEntry> entries) {
        this(file, displayPath, index, yaml, profile, entries, null, null, null, java.util.Map.of());
    }

    /**
     * A document of a product's configuration found in an infrastructure file.
     *
     * @param product     the product (infra.products id) whose dialect reads it; null to tell from its content
     * @param version     the product version (from a container image tag); null when unknown
     * @param application the documents read together (a container's flags and its -config.file); null: by file
     * @param flags       for documents made of command-line flags: each YAML key path's flag name, so that fixes
     *                    are written as flags
     */
    public ConfigDocument(Path file, String displayPath, int index, boolean yaml, String profile,
                          List<ConfigEntry> entries, String product, String version, String application,
                          java.util.Map<String, String> flags) {
        this.file = file;
        this.displayPath = displayPath;
        this.index = index;
        this.yaml = yaml;
        this.profile = profile;
        this.entries = List.copyOf(entries);
        this.product = product;
        this.version = version;
        this.application = application;
        this.flags = java.util.Map.copyOf(flags);
    }

    /** The same document read as {@code product} at {@code version}, in {@code application}. */
    public ConfigDocument as(String product, String version, String application) {
        return new ConfigDocument(file, displayPath, index, yaml, profile, entries, product, version, application, flags);
    }

    /** The product whose dialect reads this document; null when its content decides. */
    public String product() {
        return product;
    }

    /** The product version, when the infrastructure says it; null otherwise. */
    public String version() {
        return version;
    }

    /** The group of documents read together; null when the file decides. */
    public String application() {
        return application;
    }

    /** For a document of command-line flags, the flag of each YAML key path; empty otherwise. */
    public java.util.Map<String, String> flags() {
        return flags;
    }

    public Path file() {
        return file;
    }

    public String displayPath() {
        return displayPath;
    }

    /** 0 for the first document of the file. */
    int index() {
        return index;
    }

    boolean isYaml() {
        return yaml;
    }

    /** The profile the whole document applies to (file name application-prod.yml, or spring.config.activate.on-profile); null = always. */
    String profile() {
        return profile;
    }

    public List<ConfigEntry> entries() {
        return entries;
    }
}
