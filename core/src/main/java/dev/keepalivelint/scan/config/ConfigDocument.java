package dev.keepalivelint.scan.config;

import java.nio.file.Path;
import java.util.List;

/** One document of a configuration file (a YAML file may hold several) with the profile it applies to. */
final class ConfigDocument {
    private final Path file;
    private final String displayPath;
    private final int index;
    private final boolean yaml;
    private final String profile;
    private final List<ConfigEntry> entries;

    ConfigDocument(Path file, String displayPath, int index, boolean yaml, String profile, List<ConfigEntry> entries) {
        this.file = file;
        this.displayPath = displayPath;
        this.index = index;
        this.yaml = yaml;
        this.profile = profile;
        this.entries = List.copyOf(entries);
    }

    Path file() {
        return file;
    }

    String displayPath() {
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

    List<ConfigEntry> entries() {
        return entries;
    }
}
