package dev.keepalivelint.scan.infra;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Small accessors on YAML node trees. */
final class Nodes {
    private Nodes() {
    }

    /** The node at a dotted path of mapping keys, or null. */
    static Node at(Node root, String path) {
        Node n = root;
        for (String key : path.split("\\.")) {
            if (!(n instanceof MappingNode)) {
                return null;
            }
            n = child((MappingNode) n, key);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    static Node child(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (key.equals(scalar(t.getKeyNode()))) {
                return t.getValueNode();
            }
        }
        return null;
    }

    /** The key node of {@code key} in {@code map}, or null. */
    static Node keyNode(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (key.equals(scalar(t.getKeyNode()))) {
                return t.getKeyNode();
            }
        }
        return null;
    }

    static String scalar(Node n) {
        return n instanceof ScalarNode ? ((ScalarNode) n).getValue() : null;
    }

    static String text(Node root, String path) {
        return scalar(at(root, path));
    }

    static MappingNode map(Node n) {
        return n instanceof MappingNode ? (MappingNode) n : null;
    }

    static List<Node> items(Node n) {
        return n instanceof SequenceNode ? ((SequenceNode) n).getValue() : List.of();
    }

    static List<NodeTuple> tuples(Node n) {
        return n instanceof MappingNode ? ((MappingNode) n).getValue() : List.of();
    }

    /** Scalars of a list, or of a single scalar. */
    static List<Node> scalars(Node n) {
        List<Node> out = new ArrayList<>();
        if (n instanceof ScalarNode) {
            out.add(n);
        }
        for (Node i : items(n)) {
            if (i instanceof ScalarNode) {
                out.add(i);
            }
        }
        return out;
    }
}
