package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Severity;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Markdown appended to {@code $GITHUB_STEP_SUMMARY}: a count per rule and level, then the findings, one row
 * each. It lists what the annotations cannot (GitHub shows only {@link GithubAnnotations#PER_LEVEL} per level).
 */
public final class GithubStepSummary {
    /** More rows than this make the summary hard to read and approach GitHub's 1 MiB limit; the reports have all. */
    static final int MAX_ROWS = 200;

    private GithubStepSummary() {
    }

    /**
     * @param moduleBaseDir the directory finding paths are relative to
     * @param workspace     the repository root; paths are shown relative to it
     */
    public static String render(LintResult result, Path moduleBaseDir, Path workspace) {
        String prefix = GithubAnnotations.prefix(moduleBaseDir, workspace);
        StringBuilder md = new StringBuilder();
        md.append("### keepalive-lint: ").append(ConsoleReport.plural(result.count(Severity.ERROR), "error")).append(", ")
            .append(ConsoleReport.plural(result.count(Severity.WARNING), "warning")).append(", ")
            .append(ConsoleReport.plural(result.count(Severity.NOTE), "note"));
        if (!result.suppressed().isEmpty()) {
            md.append(" (").append(result.suppressed().size()).append(" suppressed)");
        }
        md.append("\n\n");
        if (result.findings().isEmpty()) {
            return md.append("No findings.\n").toString();
        }
        Map<String, long[]> counts = new TreeMap<>();
        for (Finding f : result.findings()) {
            counts.computeIfAbsent(f.ruleId(), k -> new long[3])[f.severity().ordinal()]++;
        }
        md.append("| rule | ").append(header()).append(" |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            md.append("| `").append(e.getKey()).append("` | ");
            long[] c = e.getValue();
            md.append(c[Severity.ERROR.ordinal()]).append(" | ").append(c[Severity.WARNING.ordinal()]).append(" | ")
                .append(c[Severity.NOTE.ordinal()]).append(" |\n");
        }
        md.append("\n| level | where | rule | finding |\n|---|---|---|---|\n");
        int rows = 0;
        for (Finding f : result.findings()) {
            if (rows++ == MAX_ROWS) {
                md.append("\n").append(result.findings().size() - MAX_ROWS)
                    .append(" more findings are in the build log and the reports.\n");
                break;
            }
            md.append("| ").append(f.severity().id()).append(" | ")
                .append(cell(prefix + ConsoleReport.compactPosition(f.location()))).append(" | `")
                .append(f.ruleId()).append("` | ").append(cell(f.message()));
            if (f.fix() != null) {
                md.append(" <br>**Fix:** ").append(cell(f.fix()));
            }
            md.append(" |\n");
        }
        return md.toString();
    }

    private static String header() {
        return "errors | warnings | notes";
    }

    /** Text safe inside a table cell: no line breaks, no column separators, no HTML. */
    static String cell(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
            .replace("\r", " ").replace("\n", " ");
    }
}
