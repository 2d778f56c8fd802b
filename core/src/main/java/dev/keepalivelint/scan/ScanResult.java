package dev.keepalivelint.scan;

import dev.keepalivelint.model.Diagnostic;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Suppression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What scanning some files produced: observations, problems, and counts for the summary. */
public final class ScanResult {
    private final List<Observation> observations;
    private final List<Diagnostic> problems;
    private final List<Suppression> suppressions;
    private final int filesScanned;
    private final int filesParsed;

    public ScanResult(List<Observation> observations, List<Diagnostic> problems, int filesScanned, int filesParsed) {
        this(observations, problems, List.of(), filesScanned, filesParsed);
    }

    public ScanResult(List<Observation> observations, List<Diagnostic> problems, List<Suppression> suppressions,
                      int filesScanned, int filesParsed) {
        this.observations = Collections.unmodifiableList(new ArrayList<>(observations));
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
        this.suppressions = Collections.unmodifiableList(new ArrayList<>(suppressions));
        this.filesScanned = filesScanned;
        this.filesParsed = filesParsed;
    }

    private static final ScanResult EMPTY = new ScanResult(List.of(), List.of(), 0, 0);

    /** Nothing seen (one shared instance: most files of a project yield it). */
    public static ScanResult empty() {
        return EMPTY;
    }

    /** Inline suppressions found in the scanned files. */
    public List<Suppression> suppressions() {
        return suppressions;
    }

    public List<Observation> observations() {
        return observations;
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    /** Files looked at (read, at least up to the pre-filter). */
    public int filesScanned() {
        return filesScanned;
    }

    /** Files fully parsed. */
    public int filesParsed() {
        return filesParsed;
    }

    public ScanResult plus(ScanResult other) {
        List<Observation> obs = new ArrayList<>(observations);
        obs.addAll(other.observations);
        List<Diagnostic> probs = new ArrayList<>(problems);
        probs.addAll(other.problems);
        List<Suppression> sups = new ArrayList<>(suppressions);
        sups.addAll(other.suppressions);
        return new ScanResult(obs, probs, sups, filesScanned + other.filesScanned, filesParsed + other.filesParsed);
    }
}
