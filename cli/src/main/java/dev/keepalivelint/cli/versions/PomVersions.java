package dev.keepalivelint.cli.versions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions a pom.xml gives its dependencies, the way Maven would without downloading anything: properties
 * and dependencyManagement inherited from parent POMs that are on disk (by {@code relativePath}, default
 * {@code ../pom.xml}), ${...} interpolated. A parent or BOM that is not in the directory cannot be read, so the
 * versions it manages stay unknown.
 */
final class PomVersions {
    private static final int MAX_PARENTS = 16;
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private PomVersions() {
    }

    /** Reads {@code pom} into {@code out}; {@code display} makes a path relative to the base directory. */
    static void read(Path pom, DeclaredVersions out, Function<Path, String> display) {
        List<PomFile> chain = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Path file = pom.toAbsolutePath().normalize();
        while (file != null && chain.size() < MAX_PARENTS && seen.add(file)) {
            PomFile p;
            try {
                p = PomFile.read(file);
            } catch (PomFile.PomException e) {
                if (chain.isEmpty()) {
                    out.note(display.apply(file) + ": " + e.getMessage() + "; its dependency versions are unknown");
                    return;
                }
                // A broken parent: the versions it would manage stay unknown; the parent is noted when read itself.
                break;
            }
            chain.add(p);
            file = parentOf(p);
        }
        PomFile self = chain.get(0);
        Map<String, String> props = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            props.putAll(chain.get(i).properties);
        }
        String version = self.version != null ? self.version : self.parentVersion;
        String groupId = self.groupId != null ? self.groupId : self.parentGroupId;
        putIfSet(props, "project.version", version);
        putIfSet(props, "pom.version", version);
        putIfSet(props, "version", version);
        putIfSet(props, "project.groupId", groupId);
        putIfSet(props, "project.artifactId", self.artifactId);
        putIfSet(props, "project.parent.version", self.parentVersion);
        putIfSet(props, "project.parent.groupId", self.parentGroupId);

        Map<String, String> managed = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            for (PomFile.Dependency d : chain.get(i).managed) {
                managed.put(coordinates(d, props), d.version);
            }
        }
        String from = display.apply(self.file);
        for (int i = 0; i < chain.size(); i++) {
            for (PomFile.Dependency d : chain.get(i).dependencies) {
                String key = coordinates(d, props);
                String raw = d.version != null ? d.version : managed.get(key);
                String v = VersionCatalog.plain(interpolate(raw, props));
                if (v != null) {
                    out.declare(key, v, from);
                } else {
                    out.unknown(key, from);
                }
            }
        }
        managed.forEach((artifact, raw) -> {
            String v = VersionCatalog.plain(interpolate(raw, props));
            if (v != null) {
                out.manage(artifact, v, from);
            }
        });
    }

    /**
     * groupId:artifactId with properties replaced: a Quarkus project imports its platform BOM as
     * ${quarkus.platform.group-id}:${quarkus.platform.artifact-id}; as written when a property is unknown.
     */
    private static String coordinates(PomFile.Dependency d, Map<String, String> props) {
        String key = interpolate(d.key(), props);
        return key != null ? key : d.key();
    }

    private static void putIfSet(Map<String, String> props, String key, String value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    /** The parent POM on disk, or null. */
    private static Path parentOf(PomFile p) {
        if (p.parentRelativePath == null || p.parentRelativePath.isEmpty()) {
            return null;
        }
        Path parent = p.file.getParent().resolve(p.parentRelativePath).normalize();
        if (Files.isDirectory(parent)) {
            parent = parent.resolve("pom.xml");
        }
        return Files.isRegularFile(parent) ? parent : null;
    }

    /** ${name} replaced from {@code props} (nested ones too, a bounded number of rounds); null when any stays unset. */
    static String interpolate(String raw, Map<String, String> props) {
        if (raw == null) {
            return null;
        }
        String text = raw;
        for (int round = 0; round < 10 && text.contains("${"); round++) {
            Matcher m = PROPERTY.matcher(text);
            StringBuilder sb = new StringBuilder();
            boolean missing = false;
            while (m.find()) {
                String value = props.get(m.group(1).trim());
                if (value == null) {
                    missing = true;
                    value = m.group();
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            if (missing) {
                return null;
            }
            text = sb.toString();
        }
        return text.contains("${") ? null : text;
    }
}
