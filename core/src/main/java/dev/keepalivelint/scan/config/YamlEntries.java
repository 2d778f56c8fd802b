package dev.keepalivelint.scan.config;

import dev.keepalivelint.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * The configuration reader's flattening, for scanners of files that carry a product's configuration inside
 * another document (Helm values, Kubernetes ConfigMaps): the entries of a YAML mapping under a prefix, with
 * file lines shifted by the offset at which the embedded text starts.
 */
public final class YamlEntries {
    private YamlEntries() {
    }

    /**
     * The entries of {@code map}, their keys prefixed with {@code prefix}, their lines shifted by
     * {@code lineOffset} (0 when the node was parsed from the file itself).
     */
    public static List<ConfigEntry> of(MappingNode map, List<String> prefix, String displayPath, int lineOffset) {
        List<ConfigEntry> out = new ArrayList<>();
        ConfigReader.flatten(map, new ArrayList<>(prefix), null, displayPath, lineOffset, out, 0);
        return out;
    }

    /** The documents of a configuration file and the problems met reading it. */
    public static List<ConfigDocument> read(Path file, String displayPath, byte[] content, List<Diagnostic> problems) {
        ConfigReader.Read read = ConfigReader.read(file, displayPath, content);
        problems.addAll(read.problems);
        return read.documents;
    }

    /** A Go duration ("10s", "1m30s", "0"); a leading '-' gives a negative one. Throws IllegalArgumentException. */
    public static java.time.Duration goDuration(String text) {
        String t = text.trim();
        if (t.startsWith("-")) {
            return DurationSyntax.parse("go", t.substring(1), null).negated();
        }
        return DurationSyntax.parse("go", t, null);
    }
}
