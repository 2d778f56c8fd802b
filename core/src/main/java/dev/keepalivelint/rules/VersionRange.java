package dev.keepalivelint.rules;

/**
 * A version range in Maven notation: "[1.3.0,)", "(,0.5.4)", "[0.5.4,0.5.5)", "[3.3.0]". A missing bound is
 * open-ended. A bare version means exactly that version.
 */
public final class VersionRange {
    private final String text;
    private final Version lower;
    private final boolean lowerInclusive;
    private final Version upper;
    private final boolean upperInclusive;

    private VersionRange(String text, Version lower, boolean lowerInclusive, Version upper, boolean upperInclusive) {
        this.text = text;
        this.lower = lower;
        this.lowerInclusive = lowerInclusive;
        this.upper = upper;
        this.upperInclusive = upperInclusive;
    }

    /** Parses a range; throws IllegalArgumentException saying what is wrong. */
    public static VersionRange parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalArgumentException("empty version range");
        }
        String t = text.trim();
        char open = t.charAt(0);
        if (open != '[' && open != '(') {
            Version exact = Version.parse(t);
            if (exact == null) {
                throw new IllegalArgumentException("'" + t + "' is not a version or a range such as [1.0,2.0)");
            }
            return new VersionRange(t, exact, true, exact, true);
        }
        char close = t.charAt(t.length() - 1);
        if (t.length() < 3 || (close != ']' && close != ')')) {
            throw new IllegalArgumentException("'" + t + "' must end with ] or )");
        }
        String inner = t.substring(1, t.length() - 1);
        int comma = inner.indexOf(',');
        if (comma < 0) {
            Version exact = Version.parse(inner);
            if (exact == null || open != '[' || close != ']') {
                throw new IllegalArgumentException("'" + t + "' is not a valid range; an exact version is written [1.2.3]");
            }
            return new VersionRange(t, exact, true, exact, true);
        }
        if (inner.indexOf(',', comma + 1) >= 0) {
            throw new IllegalArgumentException("'" + t + "' has more than one comma; write one range per entry");
        }
        String lo = inner.substring(0, comma).trim();
        String hi = inner.substring(comma + 1).trim();
        Version lower = lo.isEmpty() ? null : Version.parse(lo);
        Version upper = hi.isEmpty() ? null : Version.parse(hi);
        if (!lo.isEmpty() && lower == null) {
            throw new IllegalArgumentException("'" + lo + "' in '" + t + "' is not a version");
        }
        if (!hi.isEmpty() && upper == null) {
            throw new IllegalArgumentException("'" + hi + "' in '" + t + "' is not a version");
        }
        if (lower == null && open == '[' || upper == null && close == ']') {
            throw new IllegalArgumentException("'" + t + "': an open end is written with ( or )");
        }
        if (lower != null && upper != null) {
            int c = lower.compareTo(upper);
            if (c > 0 || c == 0 && !(open == '[' && close == ']')) {
                throw new IllegalArgumentException("'" + t + "' contains no version (lower bound is not below upper bound)");
            }
        }
        return new VersionRange(t, lower, open == '[', upper, close == ']');
    }

    public boolean contains(Version v) {
        if (lower != null) {
            int c = v.compareTo(lower);
            if (c < 0 || c == 0 && !lowerInclusive) {
                return false;
            }
        }
        if (upper != null) {
            int c = v.compareTo(upper);
            return c < 0 || c == 0 && upperInclusive;
        }
        return true;
    }

    /** True when some version lies in both ranges. */
    public boolean overlaps(VersionRange o) {
        return startsBeforeEndOf(this, o) && startsBeforeEndOf(o, this);
    }

    /** a's lower bound lies at or before b's upper bound, counting inclusivity. */
    private static boolean startsBeforeEndOf(VersionRange a, VersionRange b) {
        if (a.lower == null || b.upper == null) {
            return true;
        }
        int c = a.lower.compareTo(b.upper);
        return c < 0 || c == 0 && a.lowerInclusive && b.upperInclusive;
    }

    /** True when the range has no upper bound. */
    public boolean isOpenEnded() {
        return upper == null;
    }

    /** "1.3.0 or later", "before 0.5.4", "0.5.4 up to 0.5.5", "3.3.0". */
    public static String describe(String range) {
        VersionRange r;
        try {
            r = parse(range);
        } catch (IllegalArgumentException e) {
            return range;
        }
        if (r.lower != null && r.upper != null && r.lower.equals(r.upper)) {
            return r.lower.toString();
        }
        if (r.upper == null) {
            return r.lower == null ? "any version" : r.lower + (r.lowerInclusive ? " or later" : " (exclusive) or later");
        }
        if (r.lower == null) {
            return r.upperInclusive ? "up to " + r.upper : "before " + r.upper;
        }
        return r.lower + " to " + r.upper + (r.upperInclusive ? "" : " (exclusive)");
    }

    public Version lower() {
        return lower;
    }

    public Version upper() {
        return upper;
    }

    @Override
    public String toString() {
        return text;
    }
}
