package dev.keepalivelint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A library version, compared the way release numbers are read: numeric parts by value, and a pre-release
 * qualifier (alpha, beta, M1, RC1, SNAPSHOT) before the release it precedes.
 */
public final class Version implements Comparable<Version> {
    private final String text;
    private final List<Long> numbers;
    private final String qualifier;

    private Version(String text, List<Long> numbers, String qualifier) {
        this.text = text;
        this.numbers = numbers;
        this.qualifier = qualifier;
    }

    /** Parses "1.68.0", "0.5.4", "2.13.0.RELEASE", "3.2.0-M1", "1.0-SNAPSHOT"; null when it starts with no number. */
    public static Version parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.startsWith("v") || t.startsWith("V")) {
            t = t.substring(1);
        }
        List<Long> numbers = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int start = i;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                i++;
            }
            if (start == i || i - start > 18) {
                break;
            }
            numbers.add(Long.parseLong(t.substring(start, i)));
            if (i < t.length() && t.charAt(i) == '.' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (numbers.isEmpty()) {
            return null;
        }
        String rest = t.substring(i).replaceFirst("^[.\\-_]", "").toLowerCase(Locale.ROOT);
        if (rest.equals("release") || rest.equals("final") || rest.equals("ga")) {
            rest = "";
        }
        while (numbers.size() > 1 && numbers.get(numbers.size() - 1) == 0) {
            numbers.remove(numbers.size() - 1);
        }
        return new Version(text.trim(), numbers, rest);
    }

    /** True when the version carries a pre-release qualifier. */
    public boolean isPreRelease() {
        return !qualifier.isEmpty();
    }

    @Override
    public int compareTo(Version o) {
        int n = Math.max(numbers.size(), o.numbers.size());
        for (int i = 0; i < n; i++) {
            long a = i < numbers.size() ? numbers.get(i) : 0;
            long b = i < o.numbers.size() ? o.numbers.get(i) : 0;
            if (a != b) {
                return Long.compare(a, b);
            }
        }
        if (qualifier.isEmpty() != o.qualifier.isEmpty()) {
            return qualifier.isEmpty() ? 1 : -1;
        }
        return qualifier.compareTo(o.qualifier);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version && compareTo((Version) o) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(numbers, qualifier);
    }

    @Override
    public String toString() {
        return text;
    }
}
