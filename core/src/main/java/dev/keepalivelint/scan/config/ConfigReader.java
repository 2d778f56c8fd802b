package dev.keepalivelint.scan.config;

import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Diagnostic;
import dev.keepalivelint.scan.TextFiles;
import dev.keepalivelint.yaml.SafeYaml;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML and .properties files into flattened {@link ConfigDocument}s with the line and column of every
 * key. A broken YAML document is reported and the other documents of the file are still read; nothing is
 * instantiated from YAML.
 */
final class ConfigReader {
    private static final Pattern PROFILE_FILE = Pattern.compile("^(?:application|bootstrap)-(.+)\\.(?:ya?ml|properties)$");

    /** Documents read from one file, and the problems met. */
    static final class Read {
        final List<ConfigDocument> documents = new ArrayList<>();
        final List<Diagnostic> problems = new ArrayList<>();
    }

    private ConfigReader() {
    }

    static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    /** The profile a file name implies ({@code application-prod.yml} is profile prod); null otherwise. */
    static String fileProfile(Path file) {
        Matcher m = PROFILE_FILE.matcher(file.getFileName().toString());
        return m.matches() ? m.group(1) : null;
    }

    static Read read(Path file, String displayPath, byte[] content) {
        Read out = new Read();
        if (isYaml(file)) {
            TextFiles.Text text = TextFiles.decode(content, displayPath, StandardCharsets.UTF_8);
            if (text.problem() != null) {
                out.problems.add(text.problem());
                return out;
            }
            readYaml(file, displayPath, text.content(), out);
        } else {
            TextFiles.Text text = TextFiles.decode(content, displayPath, StandardCharsets.UTF_8);
            if (text.problem() != null && text.problem().reason().startsWith("binary")) {
                out.problems.add(text.problem());
                return out;
            }
            // .properties files are ISO-8859-1 by definition (java.util.Properties); UTF-8 is read too.
            String s = text.problem() == null ? text.content() : new String(content, StandardCharsets.ISO_8859_1);
            readProperties(file, displayPath, s, out);
        }
        return out;
    }

    // ---- YAML ----------------------------------------------------------------------------------------------

    private static void readYaml(Path file, String displayPath, String text, Read out) {
        String fileProfile = fileProfile(file);
        int index = 0;
        for (Chunk chunk : documents(text)) {
            Node root;
            try {
                root = SafeYaml.readOne(new StringReader(chunk.text));
            } catch (SafeYaml.YamlProblem e) {
                // a problem found at the end of the document belongs to its last line, not to the next marker
                int line = e.line() == 0 ? chunk.firstLine : chunk.firstLine + Math.min(e.line(), chunk.lines) - 1;
                out.problems.add(new Diagnostic(new Location(displayPath, line, e.column()),
                    "YAML that cannot be read: " + e.getMessage()));
                index++;
                continue;
            }
            if (root == null) {
                continue;
            }
            List<ConfigEntry> entries = new ArrayList<>();
            if (root instanceof MappingNode) {
                flatten((MappingNode) root, new ArrayList<>(), null, displayPath, chunk.firstLine - 1, entries, 0);
            }
            String profile = documentProfile(entries);
            out.documents.add(new ConfigDocument(file, displayPath, index++, true,
                profile != null ? profile : fileProfile, entries));
        }
    }

    /** A YAML document's text and the file line it starts on. */
    private static final class Chunk {
        final String text;
        final int firstLine;
        /** Lines up to the last one with content. */
        final int lines;

        Chunk(String text, int firstLine) {
            this.text = text;
            this.firstLine = firstLine;
            this.lines = text.replaceAll("\\s+$", "").split("\n", -1).length;
        }
    }

    /**
     * Splits a YAML stream at its document markers ("---" or "..." at the start of a line), so that a broken
     * document does not hide the others. A marker at column 0 can only be a document boundary in YAML.
     */
    private static List<Chunk> documents(String text) {
        List<Chunk> chunks = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        StringBuilder current = new StringBuilder();
        int start = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean start3 = line.startsWith("---") && (line.length() == 3 || Character.isWhitespace(line.charAt(3)));
            boolean end3 = line.equals("...") || line.startsWith("... ");
            if (start3 || end3) {
                if (current.toString().trim().length() > 0) {
                    chunks.add(new Chunk(current.toString(), start));
                }
                current.setLength(0);
                if (start3 && line.length() > 3 && line.substring(3).trim().length() > 0) {
                    // "--- value" on the marker line: keep the content, blank out the marker
                    current.append("   ").append(line.substring(3)).append('\n');
                    start = i + 1;
                } else {
                    start = i + 2;
                }
                continue;
            }
            current.append(line).append('\n');
        }
        if (current.toString().trim().length() > 0) {
            chunks.add(new Chunk(current.toString(), start));
        }
        return chunks;
    }

    static void flatten(MappingNode map, List<String> prefix, String profile, String displayPath,
                                int lineOffset, List<ConfigEntry> out, int depth) {
        if (depth > SafeYaml.MAX_DEPTH) {
            return;
        }
        for (NodeTuple t : map.getValue()) {
            Node keyNode = t.getKeyNode();
            Node valueNode = t.getValueNode();
            if (Tag.MERGE.equals(keyNode.getTag())) {
                for (MappingNode merged : mergedMappings(valueNode)) {
                    flatten(merged, prefix, profile, displayPath, lineOffset, out, depth + 1);
                }
                continue;
            }
            if (!(keyNode instanceof ScalarNode)) {
                continue;
            }
            List<String> segments = new ArrayList<>(prefix);
            String entryProfile = profile;
            List<String> keySegments = KeyPath.split(((ScalarNode) keyNode).getValue());
            if (prefix.isEmpty() && !keySegments.isEmpty() && keySegments.get(0).startsWith("%")) {
                entryProfile = keySegments.get(0).substring(1);
                keySegments = keySegments.subList(1, keySegments.size());
            }
            segments.addAll(keySegments);
            Location at = new Location(displayPath, lineOffset + SafeYaml.line(keyNode), SafeYaml.column(keyNode));
            if (valueNode instanceof ScalarNode) {
                String v = Tag.NULL.equals(valueNode.getTag()) ? null : ((ScalarNode) valueNode).getValue();
                out.add(new ConfigEntry(segments, v == null ? "" : v, at, entryProfile));
            } else if (valueNode instanceof MappingNode) {
                out.add(new ConfigEntry(segments, null, at, entryProfile));
                flatten((MappingNode) valueNode, segments, entryProfile, displayPath, lineOffset, out, depth + 1);
            } else if (valueNode instanceof SequenceNode) {
                out.add(new ConfigEntry(segments, null, at, entryProfile));
                List<Node> items = ((SequenceNode) valueNode).getValue();
                for (int i = 0; i < items.size(); i++) {
                    Node item = items.get(i);
                    List<String> itemPath = new ArrayList<>(segments);
                    itemPath.add("[" + i + "]");
                    Location itemAt = new Location(displayPath, lineOffset + SafeYaml.line(item), SafeYaml.column(item));
                    if (item instanceof ScalarNode) {
                        out.add(new ConfigEntry(itemPath, ((ScalarNode) item).getValue(), itemAt, entryProfile));
                    } else if (item instanceof MappingNode) {
                        out.add(new ConfigEntry(itemPath, null, itemAt, entryProfile));
                        flatten((MappingNode) item, itemPath, entryProfile, displayPath, lineOffset, out, depth + 1);
                    }
                }
            }
        }
    }

    private static List<MappingNode> mergedMappings(Node value) {
        List<MappingNode> out = new ArrayList<>();
        if (value instanceof MappingNode) {
            out.add((MappingNode) value);
        } else if (value instanceof SequenceNode) {
            for (Node n : ((SequenceNode) value).getValue()) {
                if (n instanceof MappingNode) {
                    out.add((MappingNode) n);
                }
            }
        }
        return out;
    }

    /** spring.config.activate.on-profile (or the older spring.profiles) of a document. */
    private static String documentProfile(List<ConfigEntry> entries) {
        for (ConfigEntry e : entries) {
            if (e.value() == null || e.value().isEmpty()) {
                continue;
            }
            StringBuilder relaxed = new StringBuilder();
            for (String s : e.segments()) {
                relaxed.append(KeyPath.relaxed(s)).append('.');
            }
            String k = relaxed.toString();
            if (k.equals("spring.config.activate.onprofile.") || k.equals("spring.profiles.")) {
                return e.value().trim();
            }
        }
        return null;
    }

    // ---- .properties ---------------------------------------------------------------------------------------

    private static void readProperties(Path file, String displayPath, String text, Read out) {
        List<ConfigEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        int i = 0;
        while (i < lines.length) {
            int startLine = i + 1;
            String line = stripLeading(lines[i]);
            i++;
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (true) {
                if (endsWithContinuation(line)) {
                    logical.append(line, 0, line.length() - 1);
                    if (i >= lines.length) {
                        break;
                    }
                    line = stripLeading(lines[i]);
                    i++;
                } else {
                    logical.append(line);
                    break;
                }
            }
            try {
                addProperty(logical.toString(), displayPath, startLine, entries);
            } catch (IllegalArgumentException e) {
                out.problems.add(new Diagnostic(new Location(displayPath, startLine, 1),
                    ".properties line that cannot be read: " + e.getMessage()));
            }
        }
        out.documents.add(new ConfigDocument(file, displayPath, 0, false, fileProfile(file), entries));
    }

    private static void addProperty(String logical, String displayPath, int line, List<ConfigEntry> entries) {
        int keyEnd = 0;
        boolean escaped = false;
        while (keyEnd < logical.length()) {
            char c = logical.charAt(keyEnd);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
            keyEnd++;
        }
        String key = unescape(logical.substring(0, keyEnd));
        int valueStart = keyEnd;
        while (valueStart < logical.length() && Character.isWhitespace(logical.charAt(valueStart))) {
            valueStart++;
        }
        if (valueStart < logical.length() && (logical.charAt(valueStart) == '=' || logical.charAt(valueStart) == ':')) {
            valueStart++;
            while (valueStart < logical.length() && Character.isWhitespace(logical.charAt(valueStart))) {
                valueStart++;
            }
        }
        String value = unescape(logical.substring(valueStart));
        List<String> segments = KeyPath.split(key);
        String profile = null;
        if (!segments.isEmpty() && segments.get(0).startsWith("%")) {
            profile = segments.get(0).substring(1);
            segments = segments.subList(1, segments.size());
        }
        if (!segments.isEmpty()) {
            entries.add(new ConfigEntry(segments, value, new Location(displayPath, line, 1), profile));
        }
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }

    /** java.util.Properties escapes; a malformed \\uXXXX is an error, as it is for Properties.load. */
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't': sb.append('\t'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 'f': sb.append('\f'); break;
                case 'u':
                    String hex = s.substring(i + 1, Math.min(s.length(), i + 5));
                    if (hex.length() < 4 || !hex.matches("[0-9a-fA-F]{4}")) {
                        throw new IllegalArgumentException("malformed \\uXXXX escape '\\u" + hex + "'");
                    }
                    sb.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                    break;
                default:
                    sb.append(n);
            }
        }
        return sb.toString();
    }
}
