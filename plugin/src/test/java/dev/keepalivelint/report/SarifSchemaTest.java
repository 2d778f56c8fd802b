package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SARIF report validates against the official SARIF 2.1.0 schema. */
class SarifSchemaTest {
    private static JsonSchema schema;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF schema is on the test classpath");
            JsonNode node = JSON.readTree(in);
            schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node);
        }
    }

    private static void assertValid(LintResult result, String project) throws Exception {
        String sarif = SarifReport.render(result, LintFixtures.project(project));
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(sarif));
        assertTrue(errors.isEmpty(), errors + "\n" + sarif);
    }

    @Test
    void findingsWithRelatedLocationsAndFingerprints() throws Exception {
        LintResult r = LintFixtures.lint("pairing-old-server", "io.grpc:grpc-netty:1.83.1");
        assertFalse(r.findings().get(0).related().isEmpty(), "the test needs a related location");
        assertValid(r, "pairing-old-server");
        String sarif = SarifReport.render(r, LintFixtures.project("pairing-old-server"));
        assertTrue(sarif.contains("\"relatedLocations\""));
        assertTrue(sarif.contains("\"partialFingerprints\""));
        assertTrue(sarif.contains("\"helpUri\""));
    }

    @Test
    void everyKindOfFinding() throws Exception {
        assertValid(LintFixtures.lint("channels"), "channels");
        assertValid(LintFixtures.lint("unresolved"), "unresolved");
        assertValid(LintFixtures.lint("broken-java"), "broken-java");
        assertValid(LintFixtures.lint("config-etcd"), "config-etcd");
    }

    @Test
    void theSchemaCatchesAnInvalidReport() throws Exception {
        String sarif = SarifReport.render(LintFixtures.lint("channels"), LintFixtures.project("channels"))
            .replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\"");
        assertFalse(schema.validate(JSON.readTree(sarif)).isEmpty(), "a level SARIF does not define must be refused");
    }

    @Test
    void noFindings() throws Exception {
        LintResult r = LintFixtures.lint("etcd-tuned", "io.etcd:jetcd-core:0.8.6");
        assertTrue(r.findings().isEmpty());
        assertValid(r, "etcd-tuned");
    }
}
