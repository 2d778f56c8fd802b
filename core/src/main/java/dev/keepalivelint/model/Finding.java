package dev.keepalivelint.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One result of a check: which rule, how serious, where, what is wrong and how to fix it. */
public final class Finding implements Comparable<Finding> {
    private final String ruleId;
    private final Severity severity;
    private final Location location;
    private final String message;
    private final String fix;
    private final List<RelatedLocation> related;
    private final String subject;

    /**
     * @param subject what the finding is about, independent of line numbers and formatting (for example
     *                "jetcd client keepAliveWithoutCalls"); used to recognise the same finding across edits
     */
    public Finding(String ruleId, Severity severity, Location location, String message, String fix,
                   List<RelatedLocation> related, String subject) {
        this.ruleId = Objects.requireNonNull(ruleId);
        this.severity = Objects.requireNonNull(severity);
        this.location = Objects.requireNonNull(location);
        this.message = Objects.requireNonNull(message);
        this.fix = fix;
        this.related = related == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(related));
        this.subject = subject == null ? "" : subject;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, location, message, fix, related, subject);
    }

    public String ruleId() {
        return ruleId;
    }

    public Severity severity() {
        return severity;
    }

    public Location location() {
        return location;
    }

    public String message() {
        return message;
    }

    /** How to fix it; may be null. */
    public String fix() {
        return fix;
    }

    public List<RelatedLocation> related() {
        return related;
    }

    public String subject() {
        return subject;
    }

    /**
     * A stable identity for this finding that survives line shifts and reformatting: a hash of the rule, the
     * file and the subject (what the finding is about), not of the line or the message.
     */
    public String fingerprint() {
        return Sha256.shortHex(ruleId + "\n" + location.path() + "\n" + subject);
    }

    /** The message followed by the fix, as one text. */
    public String fullMessage() {
        return fix == null ? message : message + " Fix: " + fix;
    }

    @Override
    public int compareTo(Finding o) {
        int c = location.compareTo(o.location);
        if (c != 0) {
            return c;
        }
        c = severity.compareTo(o.severity);
        return c != 0 ? c : ruleId.compareTo(o.ruleId);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) o;
        return ruleId.equals(f.ruleId) && severity == f.severity && location.equals(f.location)
            && message.equals(f.message) && Objects.equals(fix, f.fix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, location, message);
    }

    @Override
    public String toString() {
        return location + " " + severity.id() + " " + ruleId + ": " + fullMessage();
    }
}
