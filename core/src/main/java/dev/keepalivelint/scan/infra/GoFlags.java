package dev.keepalivelint.scan.infra;

import dev.keepalivelint.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads command-line arguments the way Go's flag package does: {@code -name=value}, {@code --name=value},
 * {@code -name value}, and bare booleans ({@code -name}); a boolean never takes the next argument as its value
 * ({@code -flag false} is the flag and a positional argument). Parsing stops at {@code --}. A shell command
 * given as one string ({@code sh -c "cortex -ring.store=etcd"}) is split at blanks.
 */
final class GoFlags {
    /** One argument as written, with where it is. */
    static final class Arg {
        final String text;
        final Location location;

        Arg(String text, Location location) {
            this.text = text;
            this.location = location;
        }
    }

    /** A flag: its name without dashes, its value (null for a bare flag), where it is. */
    static final class Flag {
        final String name;
        final String value;
        final Location location;

        Flag(String name, String value, Location location) {
            this.name = name;
            this.value = value;
            this.location = location;
        }

        /** The value, "true" for a bare flag. */
        String valueOrTrue() {
            return value == null ? "true" : value;
        }
    }

    private GoFlags() {
    }

    /** Splits arguments that hold several words (a shell command line) into single words. */
    static List<Arg> words(List<Arg> args) {
        List<Arg> out = new ArrayList<>();
        for (Arg a : args) {
            String t = a.text.trim();
            if (t.indexOf(' ') < 0 && t.indexOf('\n') < 0 && t.indexOf('\t') < 0) {
                out.add(new Arg(t, a.location));
                continue;
            }
            for (String w : t.split("\\s+")) {
                String unquoted = w.replaceAll("^[\"']|[\"']$", "");
                if (!unquoted.isEmpty() && !unquoted.equals("\\")) {
                    out.add(new Arg(unquoted, a.location));
                }
            }
        }
        return out;
    }

    /**
     * The flags among {@code args}. {@code booleans} are the flag names (or their ends, after a ring prefix)
     * that are booleans.
     */
    static List<Flag> parse(List<Arg> args, Set<String> booleans) {
        List<Flag> out = new ArrayList<>();
        List<Arg> words = words(args);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text;
            if (w.equals("--")) {
                break;
            }
            if (!w.startsWith("-") || w.equals("-") || w.length() > 1 && Character.isDigit(w.charAt(1))) {
                continue;
            }
            String body = w.startsWith("--") ? w.substring(2) : w.substring(1);
            int eq = body.indexOf('=');
            if (eq == 0 || body.isEmpty()) {
                continue;
            }
            if (eq > 0) {
                out.add(new Flag(body.substring(0, eq), unquote(body.substring(eq + 1)), words.get(i).location));
                continue;
            }
            boolean bool = isBoolean(body, booleans);
            if (!bool && i + 1 < words.size() && !words.get(i + 1).text.startsWith("-")) {
                out.add(new Flag(body, unquote(words.get(i + 1).text), words.get(i).location));
                i++;
            } else {
                out.add(new Flag(body, null, words.get(i).location));
            }
        }
        return out;
    }

    private static boolean isBoolean(String name, Set<String> booleans) {
        for (String b : booleans) {
            if (name.equals(b) || name.endsWith("." + b)) {
                return true;
            }
        }
        return false;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
