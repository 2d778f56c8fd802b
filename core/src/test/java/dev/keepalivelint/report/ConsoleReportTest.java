package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    @Test
    void oneLinePerFindingInMavensStyleThenASummary() {
        LintResult result = LintFixtures.lint("etcd-defaults", "io.etcd:jetcd-core:0.8.6");
        List<ConsoleReport.Line> lines = ConsoleReport.render(result);
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(Severity.ERROR, lines.get(0).severity());
        assertTrue(lines.get(0).text().startsWith(
            "src/main/java/com/acme/locks/LockManager.java:[11,23] ping-without-calls: "), lines.get(0).text());
        assertNull(lines.get(1).severity());
        assertTrue(lines.get(1).text().matches(
            "keepalive-lint: 1 error, 0 warnings, 0 notes; 1 files scanned, 1 parsed in \\d+\\.\\d\\d s"), lines.get(1).text());
    }

    @Test
    void suppressedFindingsArePlacedAsTheCompactFindingsAre() {
        LintResult result = LintFixtures.lint("suppressions", "io.etcd:jetcd-core:0.8.6",
            "net.devh:grpc-client-spring-boot-starter:3.1.0.RELEASE");
        List<String> lines = ConsoleReport.suppressed(result).stream().map(ConsoleReport.Line::text)
            .collect(Collectors.toList());
        assertEquals(result.suppressed().size(), lines.size(), lines.toString());
        String typeLevel = lines.stream().filter(t -> t.contains("Suppressed.java:9:")).findFirst().orElseThrow();
        assertTrue(typeLevel.matches("suppressed: src/main/java/com/acme/sup/Suppressed\\.java:9:\\d+ "
            + "ping-without-calls: jetcd client .*"), typeLevel);
        assertTrue(lines.stream().noneMatch(t -> t.contains(":[")), lines.toString());
    }
}
