package dev.keepalivelint.model;

import java.util.Objects;

/**
 * What a rule is, as users and reports see it: its stable id, a one-line summary, the severity it reports at
 * unless overridden, and a paragraph of help. Each check holds exactly one; the SARIF rules, the README table
 * and the page {@link #docsPath()} are tied to it by tests, so the description exists once. The help text says
 * why and how to fix, never a number the rules file owns (a user rules file may change those; the findings'
 * own messages render them from the rules).
 */
public final class RuleDescriptor {
    private final String id;
    private final Severity defaultSeverity;
    private final String summary;
    private final String help;

    public RuleDescriptor(String id, Severity defaultSeverity, String summary, String help) {
        this.id = Objects.requireNonNull(id);
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity);
        this.summary = Objects.requireNonNull(summary);
        this.help = Objects.requireNonNull(help);
    }

    /** The stable rule id users configure and suppress the rule by, e.g. "ping-without-calls". */
    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** One line saying what the rule finds. */
    public String summary() {
        return summary;
    }

    /** A paragraph: why it matters and how to fix it. */
    public String help() {
        return help;
    }

    /** The rule's documentation page, relative to the repository root: {@code docs/rules/<id>.md}. */
    public String docsPath() {
        return "docs/rules/" + id + ".md";
    }

    @Override
    public String toString() {
        return id;
    }
}
