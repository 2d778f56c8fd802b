package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
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
        assertEquals(5, rules.size());
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
    void pathsAreEncodedAsUriReferences() {
        assertEquals("src/main/java/My%20App/%C3%84.java", SarifReport.uri("src/main/java/My App/Ä.java"));
    }
}
