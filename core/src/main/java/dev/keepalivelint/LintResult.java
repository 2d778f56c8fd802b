package dev.keepalivelint;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of a lint: findings in a stable order, the rules that ran (as descriptors, so reports need no check
 * class), notes and counts for the summary.
 */
public final class LintResult {
    private final List<Finding> findings;
    private final List<Finding> suppressed;
    private final List<RuleDescriptor> rules;
    private final List<String> notes;
    private final String rulesVersion;
    private final int filesScanned;
    private final int filesParsed;
    private final Duration elapsed;
    private final Path baselineFile;
    private final int baselineMatched;
    private final boolean reused;

    public LintResult(List<Finding> findings, List<RuleDescriptor> rules, List<String> notes, String rulesVersion,
                      int filesScanned, int filesParsed, Duration elapsed) {
        this(findings, List.of(), rules, notes, rulesVersion, filesScanned, filesParsed, elapsed);
    }

    /** @param suppressed findings an inline suppression or the baseline took out of the report */
    public LintResult(List<Finding> findings, List<Finding> suppressed, List<RuleDescriptor> rules, List<String> notes,
                      String rulesVersion, int filesScanned, int filesParsed, Duration elapsed) {
        this(findings, suppressed, rules, notes, rulesVersion, filesScanned, filesParsed, elapsed, null, 0, false);
    }

    private LintResult(List<Finding> findings, List<Finding> suppressed, List<RuleDescriptor> rules, List<String> notes,
                       String rulesVersion, int filesScanned, int filesParsed, Duration elapsed, Path baselineFile,
                       int baselineMatched, boolean reused) {
        this.findings = sorted(findings);
        this.suppressed = sorted(suppressed);
        this.rules = List.copyOf(rules);
        this.notes = List.copyOf(notes);
        this.rulesVersion = rulesVersion;
        this.filesScanned = filesScanned;
        this.filesParsed = filesParsed;
        this.elapsed = elapsed;
        this.baselineFile = baselineFile;
        this.baselineMatched = baselineMatched;
        this.reused = reused;
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        Collections.sort(sorted);
        return Collections.unmodifiableList(sorted);
    }

    /** The findings to report, in file, line, severity order. */
    public List<Finding> findings() {
        return findings;
    }

    /** Findings taken out of the report by an inline suppression or the baseline. */
    public List<Finding> suppressed() {
        return suppressed;
    }

    /** The same result with other findings (the same ones with other paths, for example), everything else kept. */
    public LintResult withFindings(List<Finding> newFindings, List<Finding> newSuppressed) {
        return new LintResult(newFindings, newSuppressed, rules, notes, rulesVersion, filesScanned, filesParsed, elapsed,
            baselineFile, baselineMatched, reused);
    }

    /** The same result with some findings moved to the suppressed list (for example those in a baseline). */
    public LintResult withSuppressed(List<Finding> remaining, List<Finding> alsoSuppressed) {
        List<Finding> all = new ArrayList<>(suppressed);
        all.addAll(alsoSuppressed);
        return new LintResult(remaining, all, rules, notes, rulesVersion, filesScanned, filesParsed, elapsed,
            baselineFile, baselineMatched, reused);
    }

    /** The same result with the findings the baseline {@code file} accounts for ({@code known}) moved to the suppressed list. */
    public LintResult withBaseline(Path file, List<Finding> remaining, List<Finding> known) {
        List<Finding> all = new ArrayList<>(suppressed);
        all.addAll(known);
        return new LintResult(remaining, all, rules, notes, rulesVersion, filesScanned, filesParsed, elapsed,
            file, known.size(), reused);
    }

    /**
     * The same result as the stored result of an earlier run that nothing it depends on has changed since (rules,
     * options, engine, every input file): nothing was read, parsed or checked, and no file counts as parsed.
     */
    LintResult asReused(Duration newElapsed) {
        return new LintResult(findings, suppressed, rules, notes, rulesVersion, filesScanned, 0, newElapsed,
            baselineFile, baselineMatched, true);
    }

    /** True when this is an earlier run's stored result, returned because nothing it depends on changed. */
    public boolean reused() {
        return reused;
    }

    /** The baseline file that was applied, or null when there was none. */
    public Path baselineFile() {
        return baselineFile;
    }

    /** How many findings the applied baseline took out of the report (0 without a baseline). */
    public int baselineMatched() {
        return baselineMatched;
    }

    /** The rules that ran, in the order their findings are listed. */
    public List<RuleDescriptor> rules() {
        return rules;
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
