package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.RelatedLocation;
import dev.keepalivelint.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Console lines in the style of Maven's compiler messages: "path:[line,column] rule-id: message", then a
 * one-line summary. The adapter decides how to print each line for its severity.
 */
public final class ConsoleReport {

    /** One line to print and how serious it is (null severity: plain information). */
    public static final class Line {
        private final Severity severity;
        private final String text;

        Line(Severity severity, String text) {
            this.severity = severity;
            this.text = text;
        }

        public Severity severity() {
            return severity;
        }

        public String text() {
            return text;
        }

        @Override
        public String toString() {
            return (severity == null ? "INFO" : severity.name()) + " " + text;
        }
    }

    /** The prefix of a note that is a warning about the user's configuration. */
    public static final String WARNING_NOTE = "warning: ";

    private ConsoleReport() {
    }

    public static List<Line> render(LintResult result) {
        List<Line> lines = new ArrayList<>();
        lines.addAll(notes(result));
        for (Finding f : result.findings()) {
            lines.add(new Line(f.severity(), position(f.location()) + " " + f.ruleId() + ": " + f.fullMessage()));
            for (RelatedLocation r : f.related()) {
                lines.add(new Line(f.severity(), "    see " + position(r.location()) + ": " + r.message()));
            }
        }
        lines.add(new Line(null, summary(result)));
        return lines;
    }

    /** The result's notes, one line each. */
    public static List<Line> notes(LintResult result) {
        List<Line> lines = new ArrayList<>();
        for (String note : result.notes()) {
            // a note the engine marks "warning: " is a likely mistake of the user's (a declaration or suppression
            // that does nothing), so it is printed as a warning
            lines.add(note.startsWith(WARNING_NOTE) ? new Line(Severity.WARNING, "keepalive-lint: "
                + note.substring(WARNING_NOTE.length())) : new Line(null, "keepalive-lint: " + note));
        }
        return lines;
    }

    /** "src/main/java/A.java:[12,5]" */
    public static String position(Location l) {
        if (l.line() == 0) {
            return l.path();
        }
        return l.path() + ":[" + l.line() + "," + Math.max(1, l.column()) + "]";
    }

    /** "src/main/java/A.java:12:5": the form terminals and IDEs turn into links. */
    public static String compactPosition(Location l) {
        if (l.line() == 0) {
            return l.path();
        }
        return l.path() + ":" + l.line() + (l.column() > 0 ? ":" + l.column() : "");
    }

    /** "keepalive-lint: 2 errors, 1 warning, 0 notes (3 suppressed); 143 files scanned, 4 parsed in 0.84 s" */
    public static String summary(LintResult r) {
        String suppressed = r.suppressed().isEmpty() ? "" : " (" + r.suppressed().size() + " suppressed)";
        return String.format(Locale.ROOT, "keepalive-lint: %s, %s, %s%s; %d files scanned, %d parsed in %.2f s",
            plural(r.count(Severity.ERROR), "error"), plural(r.count(Severity.WARNING), "warning"),
            plural(r.count(Severity.NOTE), "note"), suppressed, r.filesScanned(), r.filesParsed(),
            r.elapsed().toNanos() / 1e9);
    }

    /**
     * What the baseline did, "keepalive-lint: baseline FILE accounts for 2 of 5 findings; only the others are
     * reported", or null when no baseline was applied.
     */
    public static Line baseline(LintResult r) {
        if (r.baselineFile() == null) {
            return null;
        }
        return new Line(null, "keepalive-lint: baseline " + r.baselineFile() + " accounts for " + r.baselineMatched()
            + " of " + (r.findings().size() + r.baselineMatched()) + " findings; only the others are reported");
    }

    /**
     * One line per suppressed finding, for -Dkeepalive-lint.showSuppressed: "suppressed: path:line:column rule-id:
     * what", placed as the compact findings are, so the same terminal and IDE links lead to it.
     */
    public static List<Line> suppressed(LintResult result) {
        List<Line> lines = new ArrayList<>();
        for (Finding f : result.suppressed()) {
            lines.add(new Line(null, "suppressed: " + compactPosition(f.location()) + " " + f.ruleId() + ": "
                + f.message()));
        }
        return lines;
    }

    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
