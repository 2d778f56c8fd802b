package dev.keepalivelint;

import dev.keepalivelint.check.Check;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The outcome of a lint: findings in a stable order, the checks that ran, notes and counts for the summary. */
public final class LintResult {
    private final List<Finding> findings;
    private final List<Check> checks;
    private final List<String> notes;
    private final String rulesVersion;
    private final int filesScanned;
    private final int filesParsed;
    private final Duration elapsed;

    public LintResult(List<Finding> findings, List<Check> checks, List<String> notes, String rulesVersion,
                      int filesScanned, int filesParsed, Duration elapsed) {
        List<Finding> sorted = new ArrayList<>(findings);
        Collections.sort(sorted);
        this.findings = Collections.unmodifiableList(sorted);
        this.checks = List.copyOf(checks);
        this.notes = List.copyOf(notes);
        this.rulesVersion = rulesVersion;
        this.filesScanned = filesScanned;
        this.filesParsed = filesParsed;
        this.elapsed = elapsed;
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Check> checks() {
        return checks;
    }

    /** Things the user should know that are not findings, e.g. which library version was assumed. */
    public List<String> notes() {
        return notes;
    }

    public String rulesVersion() {
        return rulesVersion;
    }

    public int filesScanned() {
        return filesScanned;
    }

    public int filesParsed() {
        return filesParsed;
    }

    public Duration elapsed() {
        return elapsed;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when some finding is at least as severe as {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
