package dev.keepalivelint.rules;

import dev.keepalivelint.model.Durations;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed access to the keys of one mapping of a rules file, recording problems with their file and line in the
 * shared {@link RulesProblems} (so that all problems of all files are reported together, in file order).
 */
final class Fields {
    private static final Set<String> SOURCE_KEYS = Set.of("project", "file", "version", "note");

    final MappingNode map;
    final String file;
    private final RulesProblems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    /** True when some key is not a plain name: it may be the key the mapping seems to be missing. */
    private final boolean unreadableKey;

    Fields(MappingNode map, String file, RulesProblems problems) {
        this.map = map;
        this.file = file;
        this.problems = problems;
        boolean unreadable = false;
        for (NodeTuple t : map.getValue()) {
            String k = scalar(t.getKeyNode());
            if (k == null) {
                problem(file, t.getKeyNode(), "keys must be plain names");
                unreadable = true;
            } else {
                values.put(k, t.getValueNode());
            }
        }
        this.unreadableKey = unreadable;
    }

    /**
     * Reports a required key as missing, unless a key of this mapping is not a plain name: that key (written
     * {@code [file]: x}, say) may be this one, and it is reported already; one mistake, one problem.
     */
    private void missing(String message) {
        if (!unreadableKey) {
            problem(file, map, message);
        }
    }

    /** The text of a plain scalar node; null for anything else. */
    static String scalar(Node n) {
        return n instanceof ScalarNode ? ((ScalarNode) n).getValue() : null;
    }

    /** The setting ids, for problems that name the allowed values. */
    static List<String> settingIds() {
        List<String> ids = new ArrayList<>();
        for (SettingKind k : SettingKind.values()) {
            ids.add(k.id());
        }
        return ids;
    }

    private void problem(String file, Node node, String message) {
        problems.add(file, node, message);
    }

    void knownKeys(Set<String> known) {
        for (NodeTuple t : map.getValue()) {
            String k = scalar(t.getKeyNode());
            if (k != null && !known.contains(k)) {
                problem(file, t.getKeyNode(), "unknown key '" + k + "'; expected one of " + new java.util.TreeSet<>(known));
            }
        }
    }

    Node node(String key) {
        return values.get(key);
    }

    String text(String key, boolean required) {
        Node n = values.get(key);
        if (n == null) {
            if (required) {
                missing("'" + key + "' is missing");
            }
            return null;
        }
        String s = scalar(n);
        if (s == null || s.trim().isEmpty()) {
            problem(file, n, "'" + key + "' must be a non-empty text");
            return null;
        }
        return s.trim();
    }

    List<String> textList(String key) {
        Node n = values.get(key);
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof SequenceNode)) {
            problem(file, n, "'" + key + "' must be a list");
            return out;
        }
        for (Node item : ((SequenceNode) n).getValue()) {
            String s = scalar(item);
            if (s == null || s.trim().isEmpty()) {
                problem(file, item, "each item of '" + key + "' must be a non-empty text");
            } else {
                out.add(s.trim());
            }
        }
        return out;
    }

    Boolean bool(String key, boolean required) {
        String s = text(key, required);
        if (s == null) {
            return null;
        }
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        problem(file, values.get(key), "'" + key + "' must be true or false, not '" + s + "'");
        return null;
    }

    Integer integer(String key, boolean required) {
        String s = text(key, required);
        if (s == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(s);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(file, values.get(key), "'" + key + "' must be a whole number ≥ 0, not '" + s + "'");
        return null;
    }

    /** The required {@code setting}: one of the setting ids; null (and a problem) otherwise. */
    SettingKind setting() {
        String s = text("setting", true);
        SettingKind setting = s == null ? null : SettingKind.byId(s);
        if (s != null && setting == null) {
            problem(file, values.get("setting"), "setting '" + s + "' is not one of " + settingIds());
        }
        return setting;
    }

    Duration duration(String key, boolean required) {
        String s = text(key, required);
        if (s == null) {
            return null;
        }
        Duration d = Durations.parseSimple(s);
        if (d == null) {
            problem(file, values.get(key), "'" + key + "' must be a duration such as 30s, 5m or 2h, not '" + s + "'");
        }
        return d;
    }

    /** A duration or "off" (null); a missing key is a problem. */
    Duration durationOrOff(String key) {
        String s = text(key, true);
        if (s == null || s.equals("off")) {
            return null;
        }
        Duration d = Durations.parseSimple(s);
        if (d == null) {
            problem(file, values.get(key), "'" + key + "' must be a duration such as 30s, or off, not '" + s + "'");
        }
        return d;
    }

    /** The required {@code library}, which must be one of {@code libs}; null (with a problem) otherwise. */
    String libraryRef(Map<String, Library> libs) {
        String library = text("library", true);
        if (library != null && !libs.containsKey(library)) {
            problem(file, node("library"), "library '" + library + "' is not defined in 'libraries'");
            return null;
        }
        return library;
    }

    /** The required {@code versions} range; null (with a problem) when missing or not a range. */
    String range() {
        String versions = text("versions", true);
        if (versions == null) {
            return null;
        }
        try {
            VersionRange.parse(versions);
            return versions;
        } catch (IllegalArgumentException ex) {
            problem(file, node("versions"), "versions: " + ex.getMessage());
            return null;
        }
    }

    /** The required {@code source} {project, file, version} every fact names; null (with a problem) otherwise. */
    Source source() {
        Node n = node("source");
        if (n == null) {
            missing("'source' is missing: every fact needs {project, file, version}");
            return null;
        }
        if (!(n instanceof MappingNode)) {
            problem(file, n, "'source' must be a mapping {project, file, version}");
            return null;
        }
        Fields s = new Fields((MappingNode) n, file, problems);
        s.knownKeys(SOURCE_KEYS);
        String project = s.text("project", true);
        String sourceFile = s.text("file", true);
        String version = s.text("version", true);
        if (project == null || sourceFile == null || version == null) {
            return null;
        }
        return new Source(project, sourceFile, version, s.text("note", false));
    }
}
