package dev.keepalivelint.rules;

import dev.keepalivelint.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the entries of the {@code config.dialects} section: a kind of config file (which files, the tokens that
 * make it apply, its duration syntax and binding) and its blocks. Problems go to the shared list with their file
 * and line.
 */
final class ConfigDialectsReader {
    private static final Set<String> KEYS = Set.of("id", "name", "binding", "durations", "files", "triggers",
        "blocks", "requires", "source", "boundBy");
    private static final Set<String> BOUND_BY_KEYS = Set.of("library", "versions");

    private final RulesProblems problems;
    private final ConfigBlocksReader configBlocksReader;

    ConfigDialectsReader(RulesProblems problems) {
        this.problems = problems;
        this.configBlocksReader = new ConfigBlocksReader(problems);
    }

    ConfigDialect dialect(RulesEntry e, Map<String, Library> libs) {
        Fields f = e.fields;
        f.knownKeys(KEYS);
        String name = f.text("name", true);
        Source source = f.source();
        String bindingText = f.text("binding", false);
        ConfigDialect.Binding binding = ConfigDialect.Binding.EXACT;
        if (bindingText != null) {
            try {
                binding = ConfigDialect.Binding.valueOf(bindingText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                problem(e.file, f.node("binding"), "binding '" + bindingText + "' must be relaxed or exact");
            }
        }
        String durations = f.text("durations", true);
        if (durations != null && !ConfigDialect.DURATION_SYNTAXES.contains(durations)) {
            problem(e.file, f.node("durations"), "durations '" + durations + "' must be one of "
                + new java.util.TreeSet<>(ConfigDialect.DURATION_SYNTAXES));
        }
        List<String> files = f.textList("files");
        List<String> triggers = f.textList("triggers");
        String requires = f.text("requires", false);
        if (requires != null && !libs.containsKey(requires)) {
            problem(e.file, f.node("requires"), "library '" + requires + "' is not defined in 'libraries'");
            requires = null;
        }
        if (triggers.isEmpty()) {
            problem(e.file, e.node, "'triggers' is missing: the tokens a file must contain for this dialect to apply");
        }
        List<ConfigBlock> blocks = new ArrayList<>();
        Node bn = f.node("blocks");
        if (bn instanceof SequenceNode) {
            for (Node item : ((SequenceNode) bn).getValue()) {
                ConfigBlock b = configBlocksReader.block(item, e.file, libs);
                if (b != null) {
                    blocks.add(b);
                }
            }
        } else {
            problem(e.file, bn == null ? e.node : bn, "'blocks' must be a list of blocks");
        }
        String boundByLibrary = null;
        String boundByVersions = null;
        Node bb = f.node("boundBy");
        if (bb instanceof MappingNode) {
            Fields b = new Fields((MappingNode) bb, e.file, problems);
            b.knownKeys(BOUND_BY_KEYS);
            boundByLibrary = b.text("library", true);
            boundByVersions = b.text("versions", true);
            if (boundByLibrary != null && !libs.containsKey(boundByLibrary)) {
                problem(e.file, b.node("library"), "boundBy library '" + boundByLibrary + "' is not in libraries");
                boundByLibrary = null;
            }
            if (boundByVersions != null) {
                try {
                    VersionRange.parse(boundByVersions);
                } catch (IllegalArgumentException ex) {
                    problem(e.file, b.node("versions"), "boundBy versions: " + ex.getMessage());
                    boundByVersions = null;
                }
            }
        } else if (bb != null) {
            problem(e.file, bb, "'boundBy' must be a mapping {library, versions}");
        }
        if (name == null || source == null || durations == null) {
            return null;
        }
        return new ConfigDialect(e.id, name, binding, durations, files, triggers, blocks, source, requires,
            boundByLibrary, boundByVersions);
    }

    private void problem(String file, Node node, String message) {
        problems.add(file, node, message);
    }
}
