package dev.keepalivelint.model;

import java.util.Locale;

/** How serious a finding is; ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "error", "warning" or "note" (any case); null when the text is none of them. */
    public static Severity parse(String text) {
        if (text == null) {
            return null;
        }
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        return null;
    }
}
