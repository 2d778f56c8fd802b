package dev.keepalivelint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A library version, ordered as Maven orders versions (its "version order specification", which the
 * dependency versions a build resolves follow): numbers by value, and qualifiers ranked
 * {@code alpha < beta < milestone < rc = cr < snapshot < "" = final = ga = release < sp}, then any other
 * qualifier alphabetically. {@code a1}, {@code b1}, {@code m1} are alpha, beta and milestone 1. A number after
 * a qualifier counts as a number, so {@code 4.1.0-M9 < 4.1.0-M10} and {@code RC2 < RC10}.
 *
 * <p>The text is split at '.', '-' and at each change between digits and letters; a '-', such a change, or a
 * '.' before a final qualifier or one with a number attached opens a nested list, so {@code 1-1 < 1.1} and
 * {@code 1.0.RC1 = 1.0-RC1}. Trailing
 * zeros and release qualifiers count for nothing: {@code 2.13.0.RELEASE = 2.13}.
 */
public final class Version implements Comparable<Version> {
    private static final List<String> QUALIFIERS = List.of("alpha", "beta", "milestone", "rc", "snapshot", "", "sp");
    private static final int RELEASE = QUALIFIERS.indexOf("");

    private final String text;
    private final Item items;

    private Version(String text, Item items) {
        this.text = text;
        this.items = items;
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
        if (t.isEmpty() || !isDigit(t.charAt(0))) {
            return null;
        }
        return new Version(text.trim(), parseItems(t.toLowerCase(Locale.ROOT)));
    }

    private static Item parseItems(String s) {
        Item root = Item.list();
        List<Item> open = new ArrayList<>();
        open.add(root);
        Item current = root;
        int i = 0;
        char separator = 0;
        while (i <= s.length()) {
            int start = i;
            boolean digits = i < s.length() && isDigit(s.charAt(i));
            while (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != '-' && isDigit(s.charAt(i)) == digits) {
                i++;
            }
            String token = s.substring(start, i);
            boolean transition = i < s.length() && s.charAt(i) != '.' && s.charAt(i) != '-';
            boolean nextIsDigit = i < s.length() && isDigit(s.charAt(i));
            // ".RC1" and a final ".Final" count as "-RC1", "-Final"; a qualifier inside dots ("2.foo.3") does not
            boolean qualifierAfterDot = separator == '.' && !digits && !token.isEmpty()
                && (i >= s.length() || nextIsDigit) && !current.children.isEmpty();
            if (separator == '-' || separator == 't' || qualifierAfterDot) {
                Item nested = Item.list();
                current.children.add(nested);
                open.add(nested);
                current = nested;
            }
            if (token.isEmpty()) {
                current.children.add(Item.number("0"));
            } else if (digits) {
                current.children.add(Item.number(token));
            } else {
                current.children.add(Item.qualifier(token, transition && nextIsDigit));
            }
            if (i >= s.length()) {
                break;
            }
            separator = transition ? 't' : s.charAt(i);
            if (!transition) {
                i++;
            }
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            open.get(k).trim();
        }
        return root;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True when the version carries a qualifier ranked before its release (alpha, beta, milestone, rc, snapshot). */
    public boolean isPreRelease() {
        return items.firstQualifierRank() < RELEASE;
    }

    @Override
    public int compareTo(Version o) {
        return Item.compare(items, o.items);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version && compareTo((Version) o) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(items.toString());
    }

    @Override
    public String toString() {
        return text;
    }

    /** A number, a qualifier, or a list of items (what follows a '-'). */
    private static final class Item {
        private static final int NUMBER = 0;
        private static final int QUALIFIER = 1;
        private static final int LIST = 2;

        final int type;
        /** NUMBER: the digits without leading zeros; QUALIFIER: the canonical name. */
        final String value;
        final List<Item> children;

        private Item(int type, String value, List<Item> children) {
            this.type = type;
            this.value = value;
            this.children = children;
        }

        static Item list() {
            return new Item(LIST, null, new ArrayList<>());
        }

        static Item number(String digits) {
            String v = digits.replaceFirst("^0+", "");
            return new Item(NUMBER, v.isEmpty() ? "0" : v, null);
        }

        /** @param beforeNumber the qualifier is directly followed by a number, so a, b and m abbreviate */
        static Item qualifier(String q, boolean beforeNumber) {
            String v = q;
            if (beforeNumber && q.length() == 1) {
                v = q.equals("a") ? "alpha" : q.equals("b") ? "beta" : q.equals("m") ? "milestone" : q;
            }
            if (v.equals("cr")) {
                v = "rc";
            } else if (v.equals("ga") || v.equals("final") || v.equals("release")) {
                v = "";
            }
            return new Item(QUALIFIER, v, null);
        }

        boolean isNull() {
            switch (type) {
                case NUMBER: return value.equals("0");
                case QUALIFIER: return value.isEmpty();
                default: return children.isEmpty();
            }
        }

        /** Drops null items from the end, and those just before a nested list ("1.0-1" is "1-1"). */
        void trim() {
            for (int k = children.size() - 1; k >= 0; k--) {
                Item item = children.get(k);
                if (item.isNull()) {
                    children.remove(k);
                } else if (item.type != LIST) {
                    break;
                }
            }
        }

        int firstQualifierRank() {
            if (type == QUALIFIER) {
                int rank = QUALIFIERS.indexOf(value);
                return rank < 0 ? QUALIFIERS.size() : rank;
            }
            if (type == LIST) {
                for (Item c : children) {
                    int rank = c.firstQualifierRank();
                    if (rank != RELEASE) {
                        return rank;
                    }
                }
            }
            return RELEASE;
        }

        /** Compares a with b, where b may be missing (null): a missing item is 0, "" or an empty list. */
        static int compare(Item a, Item b) {
            if (b == null) {
                switch (a.type) {
                    case NUMBER: return a.isNull() ? 0 : 1;
                    case QUALIFIER: return compareQualifiers(a.value, "");
                    default:
                        for (Item c : a.children) {
                            int r = compare(c, null);
                            if (r != 0) {
                                return r;
                            }
                        }
                        return 0;
                }
            }
            if (a.type != b.type) {
                // a number outranks a list, which outranks a qualifier: 1.1 > 1-1 > 1-sp
                return Integer.compare(rank(a.type), rank(b.type));
            }
            switch (a.type) {
                case NUMBER:
                    return a.value.length() != b.value.length() ? Integer.compare(a.value.length(), b.value.length())
                        : Integer.signum(a.value.compareTo(b.value));
                case QUALIFIER:
                    return compareQualifiers(a.value, b.value);
                default:
                    int n = Math.max(a.children.size(), b.children.size());
                    for (int k = 0; k < n; k++) {
                        Item x = k < a.children.size() ? a.children.get(k) : null;
                        Item y = k < b.children.size() ? b.children.get(k) : null;
                        int r = x == null ? (y == null ? 0 : -compare(y, null)) : compare(x, y);
                        if (r != 0) {
                            return r;
                        }
                    }
                    return 0;
            }
        }

        private static int rank(int type) {
            return type == NUMBER ? 2 : type == LIST ? 1 : 0;
        }

        private static int compareQualifiers(String a, String b) {
            int ra = QUALIFIERS.indexOf(a);
            int rb = QUALIFIERS.indexOf(b);
            if (ra >= 0 || rb >= 0) {
                return Integer.compare(ra < 0 ? QUALIFIERS.size() : ra, rb < 0 ? QUALIFIERS.size() : rb);
            }
            return Integer.signum(a.compareTo(b));
        }

        @Override
        public String toString() {
            return type == LIST ? children.toString() : value;
        }
    }
}
