package dev.keepalivelint.suppress;

import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.request;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.Engine;
import dev.keepalivelint.LintException;
import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.check.KeepaliveBelowClientMinimumCheck;
import dev.keepalivelint.check.KeepaliveBelowPermitTimeCheck;
import dev.keepalivelint.check.PingWithoutCallsCheck;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Severity;
import dev.keepalivelint.report.ConsoleReport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every form of inline suppression, and that suppressing one rule keeps the others. */
class SuppressionTest {
    private static final String IDLE = PingWithoutCallsCheck.ID;
    private static final String BELOW = KeepaliveBelowPermitTimeCheck.ID;

    private static boolean suppressedAt(LintResult r, String rule, String file, int line) {
        return r.suppressed().stream().anyMatch(f -> f.ruleId().equals(rule) && f.location().path().endsWith(file)
            && f.location().line() == line);
    }

    @Test
    void annotationsAndCommentsSuppressWhatTheyNameAndNothingElse() {
        LintResult r = lint("suppressions", "io.etcd:jetcd-core:0.8.6", "net.devh:grpc-client-spring-boot-starter:3.1.0.RELEASE");
        String java = "Suppressed.java";
        assertTrue(suppressedAt(r, IDLE, java, 9), "type-level annotation");
        assertTrue(suppressedAt(r, BELOW, java, 15) && suppressedAt(r, IDLE, java, 15), "method-level, all rules");
        assertTrue(suppressedAt(r, BELOW, java, 21), "field-level, one rule");
        assertTrue(suppressedAt(r, IDLE, java, 27), "local variable");
        assertTrue(suppressedAt(r, BELOW, java, 34), "comment on the line above");
        assertTrue(suppressedAt(r, BELOW, "application.yml", 6), "YAML comment on the line above");
        assertTrue(suppressedAt(r, IDLE, "application.yml", 7), "YAML comment at the end of the line, all rules");
        assertTrue(suppressedAt(r, IDLE, "src/test/resources/application.properties", 5), ".properties comment");
        assertEquals(9, r.suppressed().size(), r.suppressed().toString());

        // what the suppressions do not name is still reported
        single(r, IDLE, java, 21);
        single(r, BELOW, java, 35);
        assertEquals(2, r.findings().size(), r.findings().stream().map(Finding::toString).collect(Collectors.joining("\n")));
        assertTrue(ConsoleReport.summary(r).contains("2 errors, 0 warnings, 0 notes (9 suppressed)"), ConsoleReport.summary(r));
    }

    @Test
    void severityOverridesChangeOrDropARule() {
        LintResult r = LintFixtures.lint(request("channels", "io.grpc:grpc-api:1.83.1")
            .severity(KeepaliveBelowClientMinimumCheck.ID, "error")
            .severity(IDLE, "off")
            .build());
        assertEquals(Severity.ERROR, single(r, KeepaliveBelowClientMinimumCheck.ID, "UpstreamChannels.java", 44).severity());
        assertTrue(LintFixtures.of(r, IDLE).isEmpty(), r.findings().toString());
        assertEquals(2, LintFixtures.of(r, BELOW).size());
    }

    @Test
    void aBadSeverityOverrideIsTheUsersToFix() {
        LintException e = assertThrows(LintException.class, () -> new Engine().lint(request("channels")
            .severity("ping-without-call", "error").severity(IDLE, "fatal").build()));
        String all = String.join("\n", e.details());
        assertTrue(all.contains("'ping-without-call': no such rule"), all);
        assertTrue(all.contains("'fatal' must be error, warning, note or off"), all);
    }
}
