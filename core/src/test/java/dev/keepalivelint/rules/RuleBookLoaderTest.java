package dev.keepalivelint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.model.ServerPolicy;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken rules file fails with the file, the line and what is wrong; a good user file extends and overrides. */
class RuleBookLoaderTest {

    private static Path fixture(String name) {
        return Paths.get("src/test/resources/rules", name);
    }

    private static List<String> problemsOf(String name) {
        RulesFileException e = assertThrows(RulesFileException.class,
            () -> RuleBookLoader.loadWith(List.of(fixture(name))));
        return e.problems();
    }

    private static void assertProblem(List<String> problems, String prefix, String... fragments) {
        for (String p : problems) {
            if (p.startsWith(prefix)) {
                boolean all = true;
                for (String f : fragments) {
                    all &= p.contains(f);
                }
                if (all) {
                    return;
                }
            }
        }
        throw new AssertionError("no problem starting with '" + prefix + "' mentioning " + List.of(fragments) + " in "
            + problems);
    }

    @Test
    void strikesOfZeroForAServerThatEnforcesIsAProblemNotTheFirstPing() {
        // gRPC core's max_ping_strikes 0 disables the GOAWAY; read as a count it would say the opposite.
        List<String> problems = problemsOf("strikes-zero.yaml");
        assertProblem(problems, fixture("strikes-zero.yaml") + ":9:", "strikes must be 1 or more", "enforces: false");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void missingSourceNamesFileAndLine() {
        List<String> problems = problemsOf("missing-source.yaml");
        assertProblem(problems, fixture("missing-source.yaml") + ":8:", "'source' is missing", "project, file, version");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void overlappingRangesOfOneLibrary() {
        List<String> problems = problemsOf("overlapping-ranges.yaml");
        assertProblem(problems, fixture("overlapping-ranges.yaml") + ":3:", "overlaps", "etcd-server", "[3.5.0,3.6.0)");
    }

    @Test
    void sectionsOfTheWrongShapeAreReportedWithTheirLine() {
        List<String> problems = problemsOf("bad-sections.yaml");
        String file = fixture("bad-sections.yaml").toString();
        assertProblem(problems, file + ":3:", "'java' must be a mapping with 'builders'");
        assertProblem(problems, file + ":6:", "unknown key 'dialect'");
    }

    @Test
    void problemsOfSeveralSectionsAreReportedInFileOrder() {
        // clients, then servers, then libraries: the reverse of the order in which the readers run
        List<String> problems = problemsOf("errors-in-several-sections.yaml");
        String file = fixture("errors-in-several-sections.yaml").toString();
        assertEquals(List.of(
            file + ":7: 'keepAliveWithoutCalls' is missing",
            file + ":7: 'keepAliveTime' must be a duration such as 30s, or off, not 'soon'",
            file + ":10: 'idleAllowance' is missing",
            file + ":10: 'strikes' is missing",
            file + ":15: 'permitKeepAliveWithoutCalls' must be true or false, not 'maybe'",
            file + ":20: artifact 'com.acme-rpc' must be written groupId:artifactId"), problems);
    }

    @Test
    void aKeyThatIsNotAPlainNameIsOneProblem() {
        // "[file]" may be the 'file' the source seems to lack: it is not also reported missing
        List<String> problems = problemsOf("library-key-not-plain.yaml");
        assertEquals(List.of(fixture("library-key-not-plain.yaml") + ":6: keys must be plain names"), problems);
    }

    @Test
    void everySchemaErrorIsReportedWithItsLine() {
        List<String> problems = problemsOf("schema-errors.yaml");
        String file = fixture("schema-errors.yaml").toString();
        assertProblem(problems, file + ":5:", "versions", "contains no version");
        assertProblem(problems, file + ":6:", "keepAliveTime", "thirty seconds");
        assertProblem(problems, file + ":6:", "keepAliveWithoutCalls", "true or false");
        assertProblem(problems, file + ":9:", "unknown key 'sourec'");
        assertProblem(problems, file + ":3:", "'source' is missing");
    }

    @Test
    void aDialectsBoundByNamesAKnownLibraryAndARange() {
        List<String> problems = problemsOf("bound-by-errors.yaml");
        String file = fixture("bound-by-errors.yaml").toString();
        assertProblem(problems, file + ":8:", "boundBy library 'acme-nowhere' is not in libraries");
        assertProblem(problems, file + ":8:", "boundBy versions");
    }

    @Test
    void targetTypesNeedAServerAndImageServersTheirLibraryImagesAndPort() {
        List<String> problems = problemsOf("image-server-errors.yaml");
        String file = fixture("image-server-errors.yaml").toString();
        assertProblem(problems, file + ":5:", "targetTypes need 'meets'");
        assertProblem(problems, file + ":10:", "library 'acme-nowhere' is not defined");
        assertProblem(problems, file + ":9:", "'images' is missing");
        assertProblem(problems, file + ":11:", "'port' must be a number");
    }

    @Test
    void theKnowledgeAttributesAreCheckedToo() {
        List<String> problems = problemsOf("knowledge-attribute-errors.yaml");
        String file = fixture("knowledge-attribute-errors.yaml").toString();
        assertProblem(problems, file + ":7:", "unknown needs a 'caveat'");
        assertProblem(problems, file + ":10:", "zeroPermitMeans", "soon");
        assertProblem(problems, file + ":23:", "values 'sometimes'", "any, bare-number or with-unit");
        assertProblem(problems, file + ":23:", "versions");
        assertProblem(problems, file + ":27:", "meetsOnLoopback 'nowhere'");
        // the server a TLS client meets must have a server entry, and replaces a kind the library must have
        assertProblem(problems, file + ":32:", "meetsOverTls 'etcd-tls-nowhere' has no entry in 'servers'");
        assertProblem(problems, file + ":36:", "meetsOverTls needs 'meets'");
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        List<String> problems = problemsOf("not-yaml.yaml");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(fixture("not-yaml.yaml") + ":"), problems.toString());
        assertTrue(problems.get(0).matches(".*:[56]: .*"), problems.toString());
    }

    @Test
    void tagsThatWouldInstantiateClassesAreRefused() {
        List<String> problems = problemsOf("hostile-tag.yaml");
        assertProblem(problems, fixture("hostile-tag.yaml") + ":3:", "tag", "not allowed");
    }

    @Test
    void userFileAddsServersAndOverridesShippedEntriesById() throws RulesFileException {
        RuleBook shipped = RuleBookLoader.loadWith(List.of());
        RuleBook rules = RuleBookLoader.loadWith(List.of(fixture("in-house-server.yaml")));
        ServerPolicy gateway = rules.serverPolicy("acme-gateway", "4.2").value();
        assertEquals(Duration.ofSeconds(30), gateway.permitKeepAliveTime());
        assertEquals(Boolean.TRUE, gateway.permitKeepAliveWithoutCalls());
        ServerPolicy etcd = rules.serverPolicy("etcd", "3.5.0").value();
        assertEquals("etcd server (ACME deployment)", etcd.name());
        assertEquals(Duration.ofSeconds(30), etcd.permitKeepAliveTime());
        assertEquals(shipped.servers().size() + 1, rules.servers().size());
        assertNotEquals(shipped.fingerprint(), rules.fingerprint());
    }

    @Test
    void theReadmeExampleLoads() throws RulesFileException {
        RuleBook rules = RuleBookLoader.loadWith(List.of(fixture("readme-example.yaml")));
        assertEquals(Duration.ofSeconds(30), rules.serverPolicy("acme-gateway", "4.2").value().permitKeepAliveTime());
        assertEquals(Duration.ofSeconds(30), rules.serverPolicy("etcd", "3.5.0").value().permitKeepAliveTime());
        assertEquals("edge", rules.declarations().get(0).id());
    }

    @Test
    void missingUserFileIsAProblemNotACrash() {
        List<String> problems = problemsOf("does-not-exist.yaml");
        assertProblem(problems, fixture("does-not-exist.yaml").toString(), "file not found");
    }
}
