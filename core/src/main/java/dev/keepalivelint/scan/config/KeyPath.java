package dev.keepalivelint.scan.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splitting and comparing configuration keys. */
final class KeyPath {
    private KeyPath() {
    }

    /**
     * Splits a key into segments at dots, keeping bracketed ({@code [my.service]}) and quoted
     * ({@code "a.b"}) parts whole, without their brackets or quotes; a numeric index stays {@code [0]}.
     */
    static List<String> split(String key) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < key.length()) {
            char c = key.charAt(i);
            if (c == '.') {
                flush(out, current);
                i++;
            } else if (c == '[' || c == '"') {
                char close = c == '[' ? ']' : '"';
                int end = key.indexOf(close, i + 1);
                if (end < 0) {
                    current.append(key.substring(i));
                    break;
                }
                flush(out, current);
                String inner = key.substring(i + 1, end);
                // A list index keeps its brackets so that it is never mistaken for a name.
                out.add(c == '[' && !inner.isEmpty() && inner.chars().allMatch(Character::isDigit) ? "[" + inner + "]" : inner);
                i = end + 1;
            } else {
                current.append(c);
                i++;
            }
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    /** Spring relaxed binding form of a property name: lower case, without '-' and '_'. */
    static String relaxed(String segment) {
        StringBuilder sb = new StringBuilder(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '-' && c != '_') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** True when the segment is a list index written by the YAML flattener ("[0]"). */
    static boolean isIndex(String segment) {
        return segment.length() > 2 && segment.charAt(0) == '[' && segment.charAt(segment.length() - 1) == ']';
    }
}
