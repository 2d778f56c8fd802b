package dev.keepalivelint.model;

import java.util.Objects;
import java.util.Set;

/**
 * A deliberate exception written next to the code: {@code @SuppressWarnings("keepalive-lint:<rule-id>")} on a
 * declaration, or a {@code keepalive-lint:ignore <rule-id> -- reason} comment on a line or the line above.
 * It covers lines {@code fromLine..toLine} of one file, for the given rules (none listed: all rules).
 */
public final class Suppression {
    private final String path;
    private final int fromLine;
    private final int toLine;
    private final Set<String> rules;
    private final String reason;

    public Suppression(String path, int fromLine, int toLine, Set<String> rules, String reason) {
        this.path = Objects.requireNonNull(path);
        this.fromLine = fromLine;
        this.toLine = toLine;
        this.rules = Set.copyOf(rules);
        this.reason = reason;
    }

    /** True when the finding lies in the covered lines of the same file and its rule is suppressed. */
    public boolean covers(Finding f) {
        Location l = f.location();
        return l.path().equals(path) && l.line() >= fromLine && l.line() <= toLine
            && (rules.isEmpty() || rules.contains(f.ruleId()));
    }

    public String path() {
        return path;
    }

    public int fromLine() {
        return fromLine;
    }

    public int toLine() {
        return toLine;
    }

    /** The suppressed rule ids; empty means every rule. */
    public Set<String> rules() {
        return rules;
    }

    /** The reason written after "--", or null. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return path + ":" + fromLine + "-" + toLine + " " + (rules.isEmpty() ? "all" : rules)
            + (reason == null ? "" : " -- " + reason);
    }
}
