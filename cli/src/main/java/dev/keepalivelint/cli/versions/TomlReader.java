package dev.keepalivelint.cli.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the part of TOML a Gradle version catalog uses: {@code [table]} headers, {@code key = value} with bare,
 * quoted and dotted keys, basic and literal strings (also multi-line), inline tables, arrays, and other scalars as
 * text. Dotted keys are kept flat ({@code version.ref}), inline tables become maps. Not a general TOML parser:
 * dates, array tables and their contents are read as text or skipped, which a catalog never needs.
 */
final class TomlReader {
    /** A file that is not TOML as far as this reader can tell; the line says where. */
    static final class TomlException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        TomlException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;
    private int line = 1;

    private TomlReader(String text) {
        this.text = text;
    }

    /** The tables of the document by name ("versions", "libraries"); keys before any header are under "". */
    static Map<String, Map<String, Object>> read(String text) throws TomlException {
        return new TomlReader(text).document();
    }

    private Map<String, Map<String, Object>> document() throws TomlException {
        Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
        Map<String, Object> current = new LinkedHashMap<>();
        tables.put("", current);
        while (true) {
            skipBlank(true);
            if (pos >= text.length()) {
                return tables;
            }
            char c = text.charAt(pos);
            if (c == '[') {
                boolean arrayTable = text.startsWith("[[", pos);
                pos += arrayTable ? 2 : 1;
                skipBlank(false);
                String name = key();
                skipBlank(false);
                expect(arrayTable ? "]]" : "]");
                endOfLine();
                // An array of tables is not part of a catalog: its entries are read into a table no one asks for.
                String tableName = arrayTable ? "[[" + name + "]]" : name;
                current = tables.computeIfAbsent(tableName, k -> new LinkedHashMap<>());
            } else {
                String k = key();
                skipBlank(false);
                expect("=");
                skipBlank(false);
                current.put(k, value(0));
                endOfLine();
            }
        }
    }

    /** A bare, quoted or dotted key, returned with its parts joined by '.'. */
    private String key() throws TomlException {
        StringBuilder out = new StringBuilder();
        while (true) {
            skipBlank(false);
            if (pos >= text.length()) {
                throw new TomlException(line, "a key is missing");
            }
            char c = text.charAt(pos);
            if (c == '"' || c == '\'') {
                out.append(string());
            } else {
                int start = pos;
                while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw new TomlException(line, "unexpected '" + printable(c) + "' where a key should be");
                }
                out.append(text, start, pos);
            }
            skipBlank(false);
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                out.append('.');
            } else {
                return out.toString();
            }
        }
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    private Object value(int depth) throws TomlException {
        if (depth > MAX_DEPTH) {
            throw new TomlException(line, "values nested more than " + MAX_DEPTH + " deep");
        }
        if (pos >= text.length()) {
            throw new TomlException(line, "a value is missing");
        }
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            return string();
        }
        if (c == '{') {
            return inlineTable(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        int start = pos;
        while (pos < text.length() && ",]}#\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String bare = text.substring(start, pos).trim();
        if (bare.isEmpty()) {
            throw new TomlException(line, "a value is missing");
        }
        return bare;
    }

    private Map<String, Object> inlineTable(int depth) throws TomlException {
        pos++;
        Map<String, Object> out = new LinkedHashMap<>();
        skipBlank(true);
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return out;
        }
        while (true) {
            String k = key();
            skipBlank(false);
            expect("=");
            skipBlank(false);
            out.put(k, value(depth + 1));
            // TOML 1.0 keeps an inline table on one line; TOML 1.1 and Gradle's parser allow breaks and are read too.
            skipBlank(true);
            if (pos >= text.length()) {
                throw new TomlException(line, "an inline table is not closed with '}'");
            }
            char c = text.charAt(pos++);
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                throw new TomlException(line, "expected ',' or '}' in an inline table, found '" + printable(c) + "'");
            }
            skipBlank(true);
            if (pos < text.length() && text.charAt(pos) == '}') {
                pos++;
                return out;
            }
        }
    }

    private List<Object> array(int depth) throws TomlException {
        pos++;
        List<Object> out = new ArrayList<>();
        while (true) {
            skipBlank(true);
            if (pos >= text.length()) {
                throw new TomlException(line, "an array is not closed with ']'");
            }
            if (text.charAt(pos) == ']') {
                pos++;
                return out;
            }
            out.add(value(depth + 1));
            skipBlank(true);
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos < text.length() && text.charAt(pos) != ']') {
                throw new TomlException(line, "expected ',' or ']' in an array, found '" + printable(text.charAt(pos)) + "'");
            }
        }
    }

    private String string() throws TomlException {
        char quote = text.charAt(pos);
        boolean multi = text.startsWith(quote == '"' ? "\"\"\"" : "'''", pos);
        int startLine = line;
        pos += multi ? 3 : 1;
        if (multi && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
            line++;
        } else if (multi && text.startsWith("\r\n", pos)) {
            pos += 2;
            line++;
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new TomlException(startLine, "a string is not closed");
            }
            char c = text.charAt(pos);
            if (multi ? text.startsWith(quote == '"' ? "\"\"\"" : "'''", pos) : c == quote) {
                pos += multi ? 3 : 1;
                return out.toString();
            }
            if (c == '\n') {
                if (!multi) {
                    throw new TomlException(startLine, "a string is not closed on its line");
                }
                line++;
            }
            if (c == '\\' && quote == '"') {
                pos++;
                out.append(escape());
                continue;
            }
            out.append(c);
            pos++;
        }
    }

    private String escape() throws TomlException {
        if (pos >= text.length()) {
            throw new TomlException(line, "a string ends in '\\'");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case 'b': return "\b";
            case 't': return "\t";
            case 'n': return "\n";
            case 'f': return "\f";
            case 'r': return "\r";
            case 'e': return "\u001b";
            case '"': return "\"";
            case '\\': return "\\";
            case 'u':
            case 'U':
                int n = c == 'u' ? 4 : 8;
                if (pos + n > text.length()) {
                    throw new TomlException(line, "a short \\" + c + " escape");
                }
                try {
                    int cp = Integer.parseInt(text.substring(pos, pos + n), 16);
                    pos += n;
                    return new String(Character.toChars(cp));
                } catch (IllegalArgumentException e) {
                    throw new TomlException(line, "a bad \\" + c + " escape");
                }
            default:
                if (c == '\n' || c == ' ' || c == '\t' || c == '\r') {
                    // A line-ending backslash in a multi-line string drops the break and the next line's indent.
                    pos--;
                    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                        if (text.charAt(pos) == '\n') {
                            line++;
                        }
                        pos++;
                    }
                    return "";
                }
                throw new TomlException(line, "unknown escape '\\" + printable(c) + "'");
        }
    }

    /** Skips spaces, tabs and comments; with {@code newlines}, line breaks too. */
    private void skipBlank(boolean newlines) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF') {
                pos++;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\n' && newlines) {
                pos++;
                line++;
            } else {
                return;
            }
        }
    }

    private void endOfLine() throws TomlException {
        skipBlank(false);
        if (pos < text.length() && text.charAt(pos) != '\n') {
            throw new TomlException(line, "unexpected '" + printable(text.charAt(pos)) + "' after a value");
        }
    }

    private void expect(String token) throws TomlException {
        if (!text.startsWith(token, pos)) {
            throw new TomlException(line, "expected '" + token + "'"
                + (pos < text.length() ? ", found '" + printable(text.charAt(pos)) + "'" : " at the end"));
        }
        pos += token.length();
    }

    /** A character for a message: control characters as their code, so a binary file cannot garble the console. */
    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c);
    }
}
