package dev.keepalivelint.cli.versions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The library versions a Gradle version catalog ({@code gradle/libs.versions.toml}) declares: each entry of
 * {@code [libraries]} in any of Gradle's notations ({@code "g:a:v"}, {@code module = "g:a"} or {@code group} and
 * {@code name}, with {@code version}, {@code version.ref} into {@code [versions]}, or a rich version). A rich
 * version's {@code strictly}, {@code require} or {@code prefer} counts only when it is one version, not a range.
 */
final class VersionCatalog {
    private VersionCatalog() {
    }

    /** Versions by "groupId:artifactId"; entries whose version cannot be told are left out, with a note. */
    static Map<String, String> read(String text, String fileName, java.util.function.Consumer<String> notes)
            throws TomlReader.TomlException {
        Map<String, Map<String, Object>> tables = TomlReader.read(text);
        Map<String, Object> versions = tables.getOrDefault("versions", Map.of());
        Map<String, Object> libraries = tables.getOrDefault("libraries", Map.of());
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : libraries.entrySet()) {
            String alias = e.getKey();
            Object entry = e.getValue();
            String module;
            String version;
            if (entry instanceof String) {
                String[] parts = ((String) entry).split(":", -1);
                if (parts.length < 2) {
                    notes.accept(fileName + ": library '" + alias + "' is not group:artifact[:version]; ignored");
                    continue;
                }
                module = parts[0] + ":" + parts[1];
                version = parts.length > 2 ? plain(parts[2]) : null;
            } else if (entry instanceof Map) {
                Map<?, ?> m = (Map<?, ?>) entry;
                module = text(m.get("module"));
                if (module == null && text(m.get("group")) != null && text(m.get("name")) != null) {
                    module = text(m.get("group")) + ":" + text(m.get("name"));
                }
                if (module == null) {
                    notes.accept(fileName + ": library '" + alias + "' names no module nor group and name; ignored");
                    continue;
                }
                version = version(m, versions, alias, fileName, notes);
            } else {
                notes.accept(fileName + ": library '" + alias + "' is neither a string nor a table; ignored");
                continue;
            }
            if (version != null) {
                out.put(module.trim(), version);
            }
        }
        return out;
    }

    private static String version(Map<?, ?> entry, Map<String, Object> versions, String alias, String fileName,
                                  java.util.function.Consumer<String> notes) {
        String ref = text(entry.get("version.ref"));
        if (ref != null) {
            String v = single(versions.get(ref), versions, ref);
            if (v == null) {
                notes.accept(fileName + ": library '" + alias + "' refers to version '" + ref
                    + "', which [versions] does not give as one version; its version is unknown");
            }
            return v;
        }
        Object v = entry.get("version");
        if (v != null) {
            return single(v, versions, null);
        }
        // Rich versions written as dotted keys: version.strictly = "1.2"
        Map<String, Object> rich = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : entry.entrySet()) {
            String k = String.valueOf(e.getKey());
            if (k.startsWith("version.")) {
                rich.put(k.substring("version.".length()), e.getValue());
            }
        }
        return rich.isEmpty() ? null : single(rich, versions, null);
    }

    /** One version from a plain or rich version; null for a range or no version. */
    private static String single(Object v, Map<String, Object> versions, String ref) {
        if (v instanceof String) {
            return plain((String) v);
        }
        if (v instanceof Map) {
            Map<?, ?> rich = (Map<?, ?>) v;
            for (String k : new String[] {"strictly", "require", "prefer"}) {
                String p = plain(text(rich.get(k)));
                if (p != null) {
                    return p;
                }
            }
            // In [versions], a dotted entry (grpc.strictly = "x") is stored flat.
        }
        if (ref != null) {
            for (String k : new String[] {"strictly", "require", "prefer"}) {
                String p = plain(text(versions.get(ref + "." + k)));
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The version when it is one version; null for ranges ("[1.0,2.0)"), dynamic versions ("1.+") and blanks. */
    static String plain(String v) {
        if (v == null) {
            return null;
        }
        String t = v.trim();
        if (t.isEmpty() || t.indexOf('[') >= 0 || t.indexOf(']') >= 0 || t.indexOf('(') >= 0 || t.indexOf(')') >= 0
            || t.indexOf(',') >= 0 || t.indexOf('+') >= 0 || t.indexOf('$') >= 0 || t.startsWith("latest.")) {
            return null;
        }
        return t;
    }

    private static String text(Object o) {
        return o instanceof String ? (String) o : null;
    }
}
