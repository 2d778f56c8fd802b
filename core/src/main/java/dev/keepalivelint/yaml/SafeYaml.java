package dev.keepalivelint.yaml;

import java.io.Reader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML as a tree of nodes, never as objects: nothing in a file can make the linter instantiate a
 * class. Limits on aliases, nesting and size keep hostile files (alias bombs, deep nesting) cheap, and
 * explicit tags other than YAML's standard ones are refused.
 */
public final class SafeYaml {
    /** Largest document accepted, in code points. */
    public static final int MAX_CODE_POINTS = 8 * 1024 * 1024;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 100;
    /** Most aliases accepted in one file. */
    public static final int MAX_ALIASES = 50;
    /** Most nodes visited in one document, aliases counted each time they are used (stops alias bombs). */
    public static final int MAX_NODES = 200_000;

    private static final Set<Tag> STANDARD_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP,
        Tag.SEQ, Tag.TIMESTAMP, Tag.BINARY, Tag.MERGE, Tag.OMAP, Tag.PAIRS, Tag.SET);

    /** A problem in a YAML file, with the 1-based line and column where known (0 otherwise). */
    public static final class YamlProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        public YamlProblem(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private SafeYaml() {
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return new Yaml(options);
    }

    /** Every document of the stream as a node tree; throws at the first document that cannot be read. */
    public static List<Node> readAll(Reader reader) throws YamlProblem {
        List<Node> documents = new ArrayList<>();
        try {
            for (Node node : yaml().composeAll(reader)) {
                check(node);
                documents.add(node);
            }
        } catch (MarkedYAMLException e) {
            throw problem(e);
        } catch (YAMLException | IllegalArgumentException | IllegalStateException | StackOverflowError e) {
            throw new YamlProblem(oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), 0, 0);
        }
        return documents;
    }

    /** The first document as a node tree, or null when the stream is empty. */
    public static Node readOne(Reader reader) throws YamlProblem {
        List<Node> all = readAll(reader);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Walks a document: refuses explicit non-standard tags, duplicate keys and documents that expand (through
     * aliases) into too many nodes.
     */
    private static void check(Node root) throws YamlProblem {
        int[] visited = {0};
        walk(root, visited, new IdentityHashMap<>(), 0);
    }

    private static void walk(Node node, int[] visited, Map<Node, Boolean> onPath, int depth) throws YamlProblem {
        if (++visited[0] > MAX_NODES) {
            throw atNode("the document expands to more than " + MAX_NODES + " nodes (alias bomb?)", node);
        }
        if (depth > MAX_DEPTH) {
            throw atNode("nesting deeper than " + MAX_DEPTH + " levels", node);
        }
        if (!STANDARD_TAGS.contains(node.getTag())) {
            throw atNode("explicit tag " + node.getTag().getValue() + " is not allowed (only plain YAML data is read)", node);
        }
        if (onPath.put(node, Boolean.TRUE) != null) {
            throw atNode("a recursive alias", node);
        }
        try {
            if (node instanceof MappingNode) {
                Map<String, Node> seen = new java.util.HashMap<>();
                for (NodeTuple t : ((MappingNode) node).getValue()) {
                    Node key = t.getKeyNode();
                    if (key instanceof ScalarNode && !Tag.MERGE.equals(key.getTag())) {
                        String k = ((ScalarNode) key).getValue();
                        if (seen.put(k, key) != null) {
                            throw atNode("duplicate key '" + k + "'", key);
                        }
                    }
                    walk(key, visited, onPath, depth + 1);
                    walk(t.getValueNode(), visited, onPath, depth + 1);
                }
            } else if (node instanceof SequenceNode) {
                for (Node item : ((SequenceNode) node).getValue()) {
                    walk(item, visited, onPath, depth + 1);
                }
            }
        } finally {
            onPath.remove(node);
        }
    }

    private static YamlProblem atNode(String message, Node node) {
        Mark m = node.getStartMark();
        return new YamlProblem(message, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1);
    }

    private static YamlProblem problem(MarkedYAMLException e) {
        Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
        if (e.getContext() != null) {
            what = e.getContext() + ": " + what;
        }
        return new YamlProblem(oneLine(what), m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1);
    }

    /** Collapses a multi-line parser message into one line. */
    public static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** 1-based line of a node. */
    public static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** 1-based column of a node. */
    public static int column(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
    }
}
