package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Severity;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub keeps 10 annotations per level and step: the rest are summed up in one; the job summary has them all. */
class GithubBudgetAndSummaryTest {
    private static final Path WS = Paths.get("/home/runner/work/shop/shop");

    private static Finding finding(String rule, Severity s, String path, int line, String message) {
        return new Finding(rule, s, new Location(path, line, 3), message, "Write it | better.", List.of(), "x" + line);
    }

    private static LintResult result(List<Finding> findings) {
        return new LintResult(findings, List.of(), List.of(), "test", 1, 1, Duration.ZERO);
    }

    private static long count(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).count();
    }

    @Test
    void atMostTenPerLevelAcrossModulesAndOneThatSaysHowManyMore() {
        GithubAnnotations.Budget budget = new GithubAnnotations.Budget();
        List<Finding> module1 = new ArrayList<>();
        List<Finding> module2 = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            module1.add(finding("ping-without-calls", Severity.ERROR, "A.java", i, "e" + i));
            module2.add(finding("ping-without-calls", Severity.ERROR, "B.java", i, "e" + i));
        }
        module2.add(finding("unreadable-input", Severity.WARNING, "c.yml", 1, "w"));
        List<String> printed = new ArrayList<>(budget.take(GithubAnnotations.render(result(module1), WS.resolve("a"), WS)));
        printed.addAll(budget.take(GithubAnnotations.render(result(module2), WS.resolve("b"), WS)));
        assertEquals(9, count(printed, "::error "), printed.toString());
        assertEquals(1, count(printed, "::warning "), printed.toString());
        List<String> end = budget.finish();
        assertEquals(List.of("::error title=keepalive-lint%3A 7 more::7 more errors are not shown as annotations (GitHub "
            + "shows 10 per level in a step); the build log, the job summary and the reports list them all."), end);
        printed.addAll(end);
        assertEquals(10, count(printed, "::error "));
        assertTrue(printed.get(0).startsWith("::error file=a/A.java,line=1"), printed.get(0));
    }

    @Test
    void exactlyTenOfALevelAreAllShown() {
        GithubAnnotations.Budget budget = new GithubAnnotations.Budget();
        List<Finding> ten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(finding("ping-without-calls", Severity.WARNING, "A.java", i, "w" + i));
        }
        List<String> printed = new ArrayList<>(budget.take(GithubAnnotations.render(result(ten), WS, WS)));
        printed.addAll(budget.finish());
        assertEquals(10, printed.size());
        assertTrue(printed.get(9).startsWith("::warning file=A.java,line=10,"), printed.get(9));
    }

    @Test
    void jobSummaryCountsPerRuleAndListsEveryFindingEscaped() {
        LintResult r = result(List.of(
            finding("ping-without-calls", Severity.ERROR, "src/A.java", 12, "pings <idle> | 100%"),
            finding("ping-without-calls", Severity.ERROR, "src/A.java", 20, "again"),
            finding("keepalive-below-client-minimum", Severity.WARNING, "src/B.java", 3, "raised")));
        String md = GithubStepSummary.render(r, WS.resolve("orders"), WS);
        assertTrue(md.startsWith("### keepalive-lint: 2 errors, 1 warning, 0 notes\n"), md);
        assertTrue(md.contains("| `ping-without-calls` | 2 | 0 | 0 |\n"), md);
        assertTrue(md.contains("| `keepalive-below-client-minimum` | 0 | 1 | 0 |\n"), md);
        assertTrue(md.contains("| error | orders/src/A.java:12:3 | `ping-without-calls` | pings &lt;idle&gt; \\| 100% "
            + "<br>**Fix:** Write it \\| better. |\n"), md);
        assertEquals(3, md.split("\n\\| (error|warning|note) \\|", -1).length - 1, md);
        assertEquals("### keepalive-lint: 0 errors, 0 warnings, 0 notes\n\nNo findings.\n",
            GithubStepSummary.render(result(List.of()), WS, WS));
    }
}
