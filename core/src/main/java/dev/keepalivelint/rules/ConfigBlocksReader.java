package dev.keepalivelint.rules;

import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code blocks} of a config dialect: where a block sits in a config file, the role and library it
 * configures, and its keys (the setting each key is, its unit, when it does not take effect). Problems go to the
 * shared list with their file and line.
 */
final class ConfigBlocksReader {
    private static final Set<String> KEYS = Set.of("path", "role", "library", "when", "inherit", "requiresKey",
        "keys", "companion", "defaults", "orWhen", "note", "notEnforcedWhen", "unless");
    private static final Set<String> NOT_ENFORCED_KEYS = Set.of("matches", "absent", "why");
    private static final Set<String> CONFIG_KEY_KEYS = Set.of("setting", "unit", "ignored", "notApplied", "versions",
        "otherwise", "rejected");
    private static final Set<String> NOT_APPLIED_KEYS = Set.of("library", "versions", "values", "why", "fix");

    private final RulesProblems problems;

    ConfigBlocksReader(RulesProblems problems) {
        this.problems = problems;
    }

    ConfigBlock block(Node item, String file, Map<String, Library> libs) {
        if (!(item instanceof MappingNode)) {
            problem(file, item, "a block is a mapping {path, role, library, keys}");
            return null;
        }
        Fields f = new Fields((MappingNode) item, file, problems);
        f.knownKeys(KEYS);
        String path = f.node("path") == null ? null : Fields.scalar(f.node("path"));
        if (path == null) {
            problem(file, item, "'path' is missing (use \"\" for the document root)");
        }
        String roleText = f.text("role", true);
        Role role = null;
        if (roleText != null) {
            try {
                role = Role.valueOf(roleText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                problem(file, f.node("role"), "role '" + roleText + "' must be client or server");
            }
        }
        String library = f.libraryRef(libs);
        Map<String, String> when = plainMap(f, "when", file);
        Map<String, String> unless = plainMap(f, "unless", file);
        Map<String, String> defaults = plainMap(f, "defaults", file);
        Boolean requiresKey = f.bool("requiresKey", false);
        List<ConfigKey> keys = new ArrayList<>();
        Node kn = f.node("keys");
        if (kn instanceof MappingNode) {
            for (NodeTuple t : ((MappingNode) kn).getValue()) {
                ConfigKey k = configKey(t, file);
                if (k != null) {
                    keys.add(k);
                }
            }
        } else {
            problem(file, kn == null ? item : kn, "'keys' must map each key to {setting, unit}");
        }
        if (path == null || role == null || library == null) {
            return null;
        }
        String companion = f.text("companion", false);
        if (companion != null && !libs.containsKey(companion)) {
            problem(file, f.node("companion"), "companion '" + companion + "' is not defined in 'libraries'");
        }
        for (String k : defaults.keySet()) {
            if (keys.stream().noneMatch(key -> key.key().equals(k))) {
                problem(file, f.node("defaults"), "default for '" + k + "', which is not one of the block's keys");
            }
        }
        List<Map<String, String>> orWhen = new ArrayList<>();
        Node ow = f.node("orWhen");
        if (ow instanceof SequenceNode) {
            for (Node alt : ((SequenceNode) ow).getValue()) {
                if (alt instanceof MappingNode) {
                    orWhen.add(plainMap(new Fields((MappingNode) alt, file, problems), alt, file));
                } else {
                    problem(file, alt, "each item of 'orWhen' is a mapping of key: value");
                }
            }
        } else if (ow != null) {
            problem(file, ow, "'orWhen' must be a list of mappings of key: value");
        }
        ConfigBlock.NotEnforced notEnforced = null;
        Node ne = f.node("notEnforcedWhen");
        if (ne instanceof MappingNode) {
            Fields n = new Fields((MappingNode) ne, file, problems);
            n.knownKeys(NOT_ENFORCED_KEYS);
            String why = n.text("why", true);
            Map<String, String> matches = plainMap(n, "matches", file);
            if (why != null) {
                notEnforced = new ConfigBlock.NotEnforced(matches, n.textList("absent"), why);
            }
        } else if (ne != null) {
            problem(file, ne, "'notEnforcedWhen' must be a mapping {matches, absent, why}");
        }
        return new ConfigBlock(path, role, library, when, f.text("inherit", false), keys,
            requiresKey == null || requiresKey, companion, defaults, orWhen, f.text("note", false), notEnforced, unless);
    }

    /** A mapping node of plain keys to plain values (an item of orWhen). */
    private Map<String, String> plainMap(Fields f, Node n, String file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) n).getValue()) {
            String k = Fields.scalar(t.getKeyNode());
            String v = Fields.scalar(t.getValueNode());
            if (k == null || v == null) {
                problem(file, t.getKeyNode(), "'orWhen' maps keys to plain values");
            } else {
                out.put(k, v);
            }
        }
        return out;
    }

    /** A mapping of plain keys to plain values, or an empty map when the key is absent. */
    private Map<String, String> plainMap(Fields f, String key, String file) {
        Map<String, String> out = new LinkedHashMap<>();
        Node n = f.node(key);
        if (n instanceof MappingNode) {
            for (NodeTuple t : ((MappingNode) n).getValue()) {
                String k = Fields.scalar(t.getKeyNode());
                String v = Fields.scalar(t.getValueNode());
                if (k == null || v == null) {
                    problem(file, t.getKeyNode(), "'" + key + "' maps keys to plain values");
                } else {
                    out.put(k, v);
                }
            }
        } else if (n != null) {
            problem(file, n, "'" + key + "' must be a mapping of key: value");
        }
        return out;
    }

    private ConfigKey configKey(NodeTuple t, String file) {
        String key = Fields.scalar(t.getKeyNode());
        if (key == null || !(t.getValueNode() instanceof MappingNode)) {
            problem(file, t.getKeyNode(), "each key maps to {setting: ..., unit: ...}");
            return null;
        }
        Fields f = new Fields((MappingNode) t.getValueNode(), file, problems);
        f.knownKeys(CONFIG_KEY_KEYS);
        SettingKind setting = f.setting();
        String unitText = f.text("unit", false);
        java.time.temporal.ChronoUnit unit = null;
        if (unitText != null) {
            unit = unitOf(unitText);
            if (unit == null) {
                problem(file, f.node("unit"), "unit '" + unitText + "' must be one of ns, us, ms, s, m, h, d");
            }
        }
        List<ConfigKey.NotApplied> notApplied = new ArrayList<>();
        Node na = f.node("notApplied");
        if (na instanceof SequenceNode) {
            for (Node item : ((SequenceNode) na).getValue()) {
                ConfigKey.NotApplied c = notApplied(item, file);
                if (c != null) {
                    notApplied.add(c);
                }
            }
        } else if (na != null) {
            problem(file, na, "'notApplied' must be a list of {versions, values, why}");
        }
        String versions = f.text("versions", false);
        if (versions != null) {
            try {
                VersionRange.parse(versions);
            } catch (IllegalArgumentException ex) {
                problem(file, f.node("versions"), "versions: " + ex.getMessage());
                versions = null;
            }
        }
        return setting == null ? null : new ConfigKey(key, setting, unit, f.text("ignored", false), notApplied,
            versions, f.text("otherwise", false), f.text("rejected", false));
    }

    /** One condition under which a written key does not take effect. */
    private ConfigKey.NotApplied notApplied(Node item, String file) {
        if (!(item instanceof MappingNode)) {
            problem(file, item, "a notApplied entry is a mapping {library, versions, values, why, fix}");
            return null;
        }
        Fields f = new Fields((MappingNode) item, file, problems);
        f.knownKeys(NOT_APPLIED_KEYS);
        String versions = f.node("versions") == null ? null : f.range();
        String valuesText = f.text("values", false);
        ConfigKey.NotApplied.Values values = ConfigKey.NotApplied.Values.ANY;
        if (valuesText != null) {
            switch (valuesText) {
                case "any": values = ConfigKey.NotApplied.Values.ANY; break;
                case "bare-number": values = ConfigKey.NotApplied.Values.BARE_NUMBER; break;
                case "with-unit": values = ConfigKey.NotApplied.Values.WITH_UNIT; break;
                default:
                    problem(file, f.node("values"), "values '" + valuesText + "' must be any, bare-number or with-unit");
                    return null;
            }
        }
        String why = f.text("why", true);
        if (why == null || f.node("versions") != null && versions == null) {
            return null;
        }
        return new ConfigKey.NotApplied(f.text("library", false), versions, values, why, f.text("fix", false));
    }

    /** ChronoUnit for "ns", "us", "ms", "s", "m", "h", "d"; null otherwise. */
    static java.time.temporal.ChronoUnit unitOf(String text) {
        switch (text) {
            case "ns": return java.time.temporal.ChronoUnit.NANOS;
            case "us": return java.time.temporal.ChronoUnit.MICROS;
            case "ms": return java.time.temporal.ChronoUnit.MILLIS;
            case "s": return java.time.temporal.ChronoUnit.SECONDS;
            case "m": return java.time.temporal.ChronoUnit.MINUTES;
            case "h": return java.time.temporal.ChronoUnit.HOURS;
            case "d": return java.time.temporal.ChronoUnit.DAYS;
            default: return null;
        }
    }

    private void problem(String file, Node node, String message) {
        problems.add(file, node, message);
    }
}
