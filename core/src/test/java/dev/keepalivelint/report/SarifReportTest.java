package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.check.Checks;
import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.RelatedLocation;
import dev.keepalivelint.model.Severity;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The SARIF report, parsed back (JSON is YAML, so SnakeYAML reads it) and checked field by field. */
class SarifReportTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
    }

    @SuppressWarnings("unchecked")
    static <T> T get(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            current = step instanceof Integer ? ((List<Object>) current).get((Integer) step)
                : ((Map<String, Object>) current).get(step);
        }
        return (T) current;
    }

    @Test
    void findingsWithRulesAndRelativeLocations() {
        LintResult result = LintFixtures.lint("etcd-defaults", "io.etcd:jetcd-core:0.8.6");
        Map<String, Object> sarif = parse(SarifReport.render(result, LintFixtures.project("etcd-defaults")));
        assertEquals("2.1.0", sarif.get("version"));
        Object run = get(sarif, "runs", 0);
        assertEquals("keepalive-lint", get(run, "tool", "driver", "name"));
        List<Object> rules = get(run, "tool", "driver", "rules");
        assertEquals(Checks.all().size(), rules.size());
        assertEquals("ping-without-calls", get(rules, 0, "id"));
        assertTrue(((String) get(rules, 0, "shortDescription", "text")).contains("idle connections"));
        assertTrue(((String) get(rules, 0, "help", "text")).contains("too_many_pings"));
        assertEquals("error", get(rules, 0, "defaultConfiguration", "level"));
        assertTrue(((String) get(run, "originalUriBaseIds", "PROJECTROOT", "uri")).startsWith("file:/"));

        List<Object> results = get(run, "results");
        assertEquals(1, results.size());
        Object r = results.get(0);
        assertEquals("ping-without-calls", get(r, "ruleId"));
        assertEquals(0, (int) get(r, "ruleIndex"));
        assertEquals("error", get(r, "level"));
        assertTrue(((String) get(r, "message", "text")).contains("\"too_many_pings\""));
        Object location = get(r, "locations", 0, "physicalLocation");
        assertEquals("src/main/java/com/acme/locks/LockManager.java", get(location, "artifactLocation", "uri"));
        assertEquals("PROJECTROOT", get(location, "artifactLocation", "uriBaseId"));
        assertEquals(11, (int) get(location, "region", "startLine"));
        assertEquals(23, (int) get(location, "region", "startColumn"));
    }

    @Test
    void cleanProjectHasAnEmptyResultList() {
        LintResult result = LintFixtures.lint("etcd-tuned", "io.etcd:jetcd-core:0.8.6");
        Map<String, Object> sarif = parse(SarifReport.render(result, LintFixtures.project("etcd-tuned")));
        assertTrue(((List<?>) get(sarif, "runs", 0, "results")).isEmpty());
    }

    @Test
    void fingerprintsAndRelatedLocations() {
        LintResult result = LintFixtures.lint("pairing-old-server", "io.grpc:grpc-netty:1.83.1");
        Finding f = result.findings().get(0);
        RelatedLocation server = f.related().get(0);
        Object r = get(parse(SarifReport.render(result, LintFixtures.project("pairing-old-server"))), "runs", 0,
            "results", 0);
        assertEquals(f.fingerprint(), get(r, "partialFingerprints", "keepaliveLint/v1"));
        List<Object> related = get(r, "relatedLocations");
        assertEquals(f.related().size(), related.size());
        assertEquals(1, (int) get(related, 0, "id"));
        assertEquals(server.message(), get(related, 0, "message", "text"));
        assertEquals(server.location().path(), get(related, 0, "physicalLocation", "artifactLocation", "uri"));
        assertEquals("PROJECTROOT", get(related, 0, "physicalLocation", "artifactLocation", "uriBaseId"));
        assertEquals(server.location().line(), (int) get(related, 0, "physicalLocation", "region", "startLine"));
        assertEquals(server.location().column(), (int) get(related, 0, "physicalLocation", "region", "startColumn"));
    }

    @Test
    void repeatedFingerprintsAreMadeUnique() {
        Finding a = new Finding("ping-without-calls", Severity.ERROR, new Location("A.java", 3, 1), "m", null,
            List.of(), "same");
        Finding b = new Finding("ping-without-calls", Severity.ERROR, new Location("A.java", 9, 1), "m", null,
            List.of(), "same");
        LintResult result = new LintResult(List.of(b, a), List.of(), List.of(), "t", 1, 1, Duration.ZERO);
        List<Object> results = get(parse(SarifReport.render(result, Paths.get("/w"))), "runs", 0, "results");
        assertEquals(a.fingerprint(), get(results, 0, "partialFingerprints", "keepaliveLint/v1"), "the first in the file");
        String second = get(results, 1, "partialFingerprints", "keepaliveLint/v1");
        assertNotEquals(a.fingerprint(), second);
        assertTrue(second.matches("[0-9a-f]{32}"), second);
        assertNull(get(results, 0, "relatedLocations"), "no empty relatedLocations array");
    }

    @Test
    void baseUriEndsWithASlash() {
        assertEquals("file:///no/such/dir/", SarifReport.baseUri(Paths.get("/no/such/dir")));
        String existing = SarifReport.baseUri(LintFixtures.project("etcd-tuned"));
        assertTrue(existing.startsWith("file:/") && existing.endsWith("/etcd-tuned/"), existing);
    }

    @Test
    void pathsAreEncodedAsUriReferences() {
        assertEquals("src/main/java/My%20App/%C3%84.java", SarifReport.uri("src/main/java/My App/Ä.java"));
    }
}
