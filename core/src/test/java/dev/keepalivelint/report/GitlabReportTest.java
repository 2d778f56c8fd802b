package dev.keepalivelint.report;

import static dev.keepalivelint.report.SarifReportTest.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GitLab Code Quality JSON, parsed back (JSON is YAML, so SnakeYAML's safe loader reads it). */
class GitlabReportTest {

    private static List<Object> issues(LintResult result) {
        return get(SarifReportTest.parse("{\"issues\": " + GitlabReport.render(result) + "}"), "issues");
    }

    private static LintResult result(Finding... findings) {
        return new LintResult(List.of(findings), List.of(), List.of(), "t", 1, 1, Duration.ZERO);
    }

    private static Finding finding(Severity s, String path, int line, String subject) {
        return new Finding("ping-without-calls", s, new Location(path, line, 1), "pings at " + line, "Write false.",
            List.of(), subject);
    }

    private static List<String> fingerprints(LintResult result) {
        List<String> out = new ArrayList<>();
        for (Object issue : issues(result)) {
            out.add((String) ((Map<?, ?>) issue).get("fingerprint"));
        }
        return out;
    }

    @Test
    void engineFindingsAsIssues() {
        LintResult r = LintFixtures.lint("channels", "io.grpc:grpc-api:1.83.1");
        List<Object> issues = issues(r);
        assertEquals(r.findings().size(), issues.size());
        for (int i = 0; i < issues.size(); i++) {
            Finding f = r.findings().get(i);
            Map<?, ?> issue = (Map<?, ?>) issues.get(i);
            assertEquals(5, issue.size(), "description, check_name, fingerprint, severity, location: " + issue);
            assertEquals(f.fullMessage(), issue.get("description"));
            assertEquals(f.ruleId(), issue.get("check_name"));
            assertEquals(f.severity() == Severity.ERROR ? "critical" : "minor", issue.get("severity"));
            assertEquals(f.location().path(), get(issue, "location", "path"));
            assertEquals(f.location().line(), (int) get(issue, "location", "lines", "begin"));
        }
        List<String> fingerprints = fingerprints(r);
        assertEquals(fingerprints.size(), new HashSet<>(fingerprints).size(), "unique: " + fingerprints);
    }

    @Test
    void severitiesAndFileLevelFindings() {
        List<Object> issues = issues(result(finding(Severity.ERROR, "a.yml", 3, "a"),
            finding(Severity.WARNING, "b.yml", 0, "b"), finding(Severity.NOTE, "c.yml", 2, "c")));
        assertEquals("critical", get(issues, 0, "severity"));
        assertEquals("minor", get(issues, 1, "severity"));
        assertEquals("info", get(issues, 2, "severity"));
        assertEquals(1, (int) get(issues, 1, "location", "lines", "begin"), "GitLab needs a line; the file's first");
        assertEquals("pings at 3 Fix: Write false.", get(issues, 0, "description"));
    }

    @Test
    void fingerprintsSurviveLineShifts() {
        Finding a = finding(Severity.ERROR, "A.java", 10, "client|keepAliveTime");
        Finding moved = finding(Severity.ERROR, "A.java", 42, "client|keepAliveTime");
        assertEquals(a.fingerprint(), fingerprints(result(a)).get(0), "a lone finding keeps its own fingerprint");
        assertEquals(fingerprints(result(a)), fingerprints(result(moved)), "a line shift keeps the fingerprint");
        Finding other = finding(Severity.ERROR, "A.java", 10, "other|keepAliveTime");
        assertNotEquals(fingerprints(result(a)), fingerprints(result(other)), "another subject, another fingerprint");
    }

    @Test
    void repeatedFingerprintsAreMadeUniqueAndStayStable() {
        Finding first = finding(Severity.ERROR, "A.java", 10, "same");
        Finding second = finding(Severity.ERROR, "A.java", 20, "same");
        Finding third = finding(Severity.ERROR, "A.java", 30, "same");
        assertEquals(first.fingerprint(), second.fingerprint(), "the test needs findings that share one");
        List<String> before = fingerprints(result(first, second, third));
        assertEquals(3, new HashSet<>(before).size(), before.toString());
        assertEquals(first.fingerprint(), before.get(0), "the first keeps the finding's own fingerprint");
        for (String fp : before) {
            assertTrue(fp.matches("[0-9a-f]{32}"), fp);
        }
        // the same code two lines further down: same fingerprints, in the same order
        List<String> after = fingerprints(result(finding(Severity.ERROR, "A.java", 12, "same"),
            finding(Severity.ERROR, "A.java", 22, "same"), finding(Severity.ERROR, "A.java", 32, "same")));
        assertEquals(before, after);
        assertEquals(before, fingerprints(result(first, second, third)), "deterministic");
    }

    @Test
    void noFindingsIsAnEmptyArray() {
        assertEquals("[]\n", GitlabReport.render(result()));
        assertTrue(issues(result()).isEmpty());
    }
}
