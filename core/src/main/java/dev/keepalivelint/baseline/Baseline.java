package dev.keepalivelint.baseline;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.yaml.SafeYaml;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The baseline: the findings a team accepted when switching the check on, so that only new findings are
 * reported. Findings are matched by fingerprint (rule, file and what the finding is about), which survives
 * line shifts and reformatting; each baseline entry accounts for one finding.
 */
public final class Baseline {
    /** Default file name, in the module's base directory. */
    public static final String DEFAULT_NAME = "keepalive-lint-baseline.json";

    private final Path file;
    private final Map<String, Integer> fingerprints;

    private Baseline(Path file, Map<String, Integer> fingerprints) {
        this.file = file;
        this.fingerprints = fingerprints;
    }

    /** A baseline that cannot be used; the message names the file and what is wrong. */
    public static final class BaselineException extends Exception {
        private static final long serialVersionUID = 1L;

        public BaselineException(String message) {
            super(message);
        }
    }

    /** Reads a baseline file (written by {@code report.BaselineFile.render}). */
    public static Baseline read(Path file) throws BaselineException {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot be read: " + e.getMessage());
        }
        Node root;
        try {
            root = SafeYaml.readOne(new StringReader(text));
        } catch (SafeYaml.YamlProblem e) {
            throw new BaselineException(file + ":" + e.line() + ": not a baseline file: " + e.getMessage());
        }
        Node findings = root instanceof MappingNode ? child((MappingNode) root, "findings") : null;
        if (!(findings instanceof SequenceNode)) {
            throw new BaselineException(file + ": not a baseline file (no \"findings\" list); write it with "
                + "the baseline goal (mvn keepalive-lint:baseline) or the command line's --write-baseline");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Node item : ((SequenceNode) findings).getValue()) {
            Node fp = item instanceof MappingNode ? child((MappingNode) item, "fingerprint") : null;
            if (!(fp instanceof ScalarNode)) {
                throw new BaselineException(file + ":" + SafeYaml.line(item) + ": a finding without a fingerprint");
            }
            counts.merge(((ScalarNode) fp).getValue(), 1, Integer::sum);
        }
        return new Baseline(file, counts);
    }

    private static Node child(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    /** Splits {@code findings} into those this baseline accounts for (each entry once) and the new ones. */
    public Match match(List<Finding> findings) {
        Map<String, Integer> left = new HashMap<>(fingerprints);
        List<Finding> remaining = new ArrayList<>();
        List<Finding> known = new ArrayList<>();
        for (Finding f : findings) {
            Integer n = left.get(f.fingerprint());
            if (n != null && n > 0) {
                left.put(f.fingerprint(), n - 1);
                known.add(f);
            } else {
                remaining.add(f);
            }
        }
        return new Match(file, remaining, known);
    }

    /** The outcome of {@link #match}: the new findings and the ones the baseline file accounts for. */
    public static final class Match {
        private final Path file;
        private final List<Finding> remaining;
        private final List<Finding> known;

        private Match(Path file, List<Finding> remaining, List<Finding> known) {
            this.file = file;
            this.remaining = List.copyOf(remaining);
            this.known = List.copyOf(known);
        }

        public Path file() {
            return file;
        }

        public List<Finding> remaining() {
            return remaining;
        }

        public List<Finding> known() {
            return known;
        }
    }

    /** How many findings the baseline holds. */
    public int size() {
        return fingerprints.values().stream().mapToInt(Integer::intValue).sum();
    }
}
