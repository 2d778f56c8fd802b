package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default console form on real engine findings: one short line each, each server explained once. */
class CompactConsoleTest {
    private static final Pattern FINDING = Pattern.compile(
        "^[^ ]+\\.(java|ya?ml|properties):\\d+(:\\d+)? [a-z-]+: .+ \u2014 .+?( \\[server \\d+\\])?$");

    @Test
    void oneLinePerFindingAndEachServerOnce() {
        LintResult r = LintFixtures.lint("channels", "io.grpc:grpc-api:1.83.1");
        assertTrue(r.findings().size() >= 3, "the fixture needs several findings: " + r.findings());
        List<ConsoleReport.Line> lines = CompactConsole.render(r, null);
        List<String> findingLines = lines.stream().filter(l -> l.severity() != null).map(ConsoleReport.Line::text)
            .collect(Collectors.toList());
        assertEquals(r.findings().size(), findingLines.size(), findingLines.toString());
        for (int i = 0; i < findingLines.size(); i++) {
            String line = findingLines.get(i);
            Finding f = r.findings().get(i);
            assertTrue(FINDING.matcher(line).matches(), line);
            assertTrue(line.startsWith(f.location().path() + ":" + f.location().line() + ":"), line);
            assertTrue(!line.contains("Server assumed") && !line.contains("too_many_pings"), line);
            if (f.message().contains(" Server assumed: ")) {
                assertTrue(line.length() < f.fullMessage().length() * 2 / 3, "not much shorter than the long form: " + line);
            }
            assertEquals(f.message().contains(" Server assumed: "), line.matches(".* \\[server \\d+\\]$"), line);
        }
        // the default server every client meets is explained once, not once per finding
        List<String> servers = lines.stream().map(ConsoleReport.Line::text)
            .filter(t -> t.startsWith("keepalive-lint: [server ")).collect(Collectors.toList());
        assertTrue(servers.size() < findingLines.size(), servers.toString());
        assertTrue(servers.get(0).startsWith("keepalive-lint: [server 1] "), servers.toString());
        assertTrue(servers.get(0).contains("because") && servers.get(0).contains("accepts a ping every"), servers.get(0));
        // a count per rule with its page, then the summary
        String table = lines.stream().map(ConsoleReport.Line::text).filter(t -> t.contains("docs/rules/"))
            .collect(Collectors.joining("\n"));
        for (Finding f : r.findings()) {
            assertTrue(table.contains(f.ruleId()) && table.contains("docs/rules/" + f.ruleId() + ".md"), table);
        }
        assertEquals(ConsoleReport.summary(r), lines.get(lines.size() - 1).text());
    }

    @Test
    void aDocsBaseMakesTheLinksAbsolute() {
        LintResult r = LintFixtures.lint("channels", "io.grpc:grpc-api:1.83.1");
        String id = r.findings().get(0).ruleId();
        assertEquals("https://docs.example.test/kl/docs/rules/" + id + ".md",
            CompactConsole.docs(r, id, "https://docs.example.test/kl"));
        assertTrue(CompactConsole.render(r, "https://docs.example.test/kl/").stream()
            .anyMatch(l -> l.text().endsWith("https://docs.example.test/kl/docs/rules/" + id + ".md")));
    }

    @Test
    void theFixIsItsFirstSentence() {
        assertEquals("Write a.", CompactConsole.Parts.firstSentence("Write a. Pinging less would also do."));
        assertEquals("Write .keepAliveTime(5, TimeUnit.MINUTES) or more.",
            CompactConsole.Parts.firstSentence("Write .keepAliveTime(5, TimeUnit.MINUTES) or more."));
    }
}
