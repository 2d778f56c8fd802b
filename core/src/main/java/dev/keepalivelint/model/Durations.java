package dev.keepalivelint.model;

import java.time.Duration;
import java.util.Locale;

/** Short, exact, human-readable durations ("30s", "5m", "1500ms", "2h"), and parsing of the same notation. */
public final class Durations {
    private static final String[] UNITS = {"d", "h", "m", "s", "ms", "us", "ns"};
    private static final long[] NANOS = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L,
        1_000_000_000L, 1_000_000L, 1_000L, 1L};

    private Durations() {
    }

    /** Formats in the largest unit that represents the value exactly; null prints as "off". */
    public static String format(Duration d) {
        if (d == null) {
            return "off";
        }
        long nanos;
        try {
            nanos = d.toNanos();
        } catch (ArithmeticException tooLong) {
            return d.toDays() + "d";
        }
        if (nanos == 0) {
            return "0s";
        }
        for (int i = 0; i < UNITS.length; i++) {
            if (nanos % NANOS[i] == 0) {
                return (nanos / NANOS[i]) + UNITS[i];
            }
        }
        return nanos + "ns";
    }

    /**
     * Parses the rules-file notation: an integer followed by d, h, m, s, ms, us or ns. Returns null for text
     * that is not of that form.
     */
    public static Duration parseSimple(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == 0 || i == t.length()) {
            return null;
        }
        String unit = t.substring(i);
        for (int u = 0; u < UNITS.length; u++) {
            if (UNITS[u].equals(unit)) {
                try {
                    long n = Long.parseLong(t.substring(0, i));
                    return multiply(n, u);
                } catch (NumberFormatException | ArithmeticException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The rules-file notation ("30s", "5m") or ISO-8601 ("PT30S"); null for anything else. */
    public static Duration parse(String text) {
        Duration d = parseSimple(text);
        if (d != null || text == null) {
            return d;
        }
        try {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Duration multiply(long n, int unitIndex) {
        switch (UNITS[unitIndex]) {
            case "d": return Duration.ofDays(n);
            case "h": return Duration.ofHours(n);
            case "m": return Duration.ofMinutes(n);
            case "s": return Duration.ofSeconds(n);
            case "ms": return Duration.ofMillis(n);
            case "us": return Duration.ofNanos(Math.multiplyExact(n, 1000L));
            default: return Duration.ofNanos(n);
        }
    }
}
