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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** GitLab Code Quality and the plugin's own JSON, parsed back. */
class GitlabAndJsonReportTest {

    private static Object parse(String json) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
    }

    @Test
    void gitlabIssuesWithStableUniqueFingerprints() {
        LintResult r = LintFixtures.lint("channels", "io.grpc:grpc-api:1.83.1");
        List<Object> issues = get(parse(GitlabReport.render(r)));
        assertEquals(r.findings().size(), issues.size());
        Finding f = r.findings().get(0);
        assertEquals(f.ruleId(), get(issues, 0, "check_name"));
        assertEquals("critical", get(issues, 0, "severity"));
        assertEquals(f.location().path(), get(issues, 0, "location", "path"));
        assertEquals(f.location().line(), (int) get(issues, 0, "location", "lines", "begin"));
        assertTrue(((String) get(issues, 0, "description")).contains("too_many_pings"));
        Set<Object> fingerprints = new HashSet<>();
        issues.forEach(i -> fingerprints.add(((Map<?, ?>) i).get("fingerprint")));
        assertEquals(issues.size(), fingerprints.size(), "unique fingerprints");
    }

    @Test
    void gitlabFingerprintsIgnoreLinesAndSeparateRepeats() {
        Finding a = new Finding("ping-without-calls", Severity.ERROR, new Location("A.java", 10, 1), "m", null, List.of(), "c|k");
        Finding moved = new Finding("ping-without-calls", Severity.ERROR, new Location("A.java", 42, 1), "m", null, List.of(), "c|k");
        String before = get(parse(GitlabReport.render(result(a))), 0, "fingerprint");
        String after = get(parse(GitlabReport.render(result(moved))), 0, "fingerprint");
        assertEquals(before, after, "a line shift keeps the fingerprint");
        List<Object> both = get(parse(GitlabReport.render(result(a, moved))));
        assertNotEquals((String) get(both, 0, "fingerprint"), (String) get(both, 1, "fingerprint"));
        assertEquals("minor", get(parse(GitlabReport.render(result(a.withSeverity(Severity.WARNING)))), 0, "severity"));
    }

    private static LintResult result(Finding... findings) {
        return new LintResult(List.of(findings), List.of(), List.of(), "t", 1, 1, Duration.ZERO);
    }

    @Test
    void ownJsonModel() {
        LintResult r = LintFixtures.lint("pairing-old-server", "io.grpc:grpc-netty:1.83.1");
        Object json = parse(JsonReport.render(r));
        assertEquals("keepalive-lint", get(json, "tool"));
        assertEquals(1, (int) get(json, "summary", "errors"));
        assertEquals(r.filesScanned(), (int) get(json, "summary", "filesScanned"));
        Finding f = r.findings().get(0);
        assertEquals(f.ruleId(), get(json, "findings", 0, "ruleId"));
        assertEquals("error", get(json, "findings", 0, "severity"));
        assertEquals(f.location().line(), (int) get(json, "findings", 0, "line"));
        assertEquals(f.fix(), get(json, "findings", 0, "fix"));
        assertEquals(f.fingerprint(), get(json, "findings", 0, "fingerprint"));
        assertEquals(f.related().get(0).location().path(), get(json, "findings", 0, "related", 0, "path"));
    }
}
