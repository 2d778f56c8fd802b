package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.baseline.Baseline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline round trip: accepted findings stay accepted when lines shift; new ones are reported. */
class BaselineFileTest {
    @TempDir
    Path project;

    private static final String CHANNELS = "package com.acme;\n\nimport io.grpc.ManagedChannelBuilder;\n"
        + "import java.util.concurrent.TimeUnit;\n\nclass Channels {\n"
        + "    Object users = ManagedChannelBuilder.forTarget(\"dns:///users:443\").keepAliveTime(1, TimeUnit.MINUTES).build();\n"
        + "    Object audit = ManagedChannelBuilder.forTarget(\"dns:///audit:443\").keepAliveTime(30, TimeUnit.SECONDS)"
        + ".keepAliveWithoutCalls(true).build();\n}\n";

    private LintResult lint(String source) throws IOException {
        Path dir = project.resolve("src/main/java/com/acme");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("Channels.java"), source);
        return LintFixtures.lint(LintRequest.builder(project).javaSourceRoot(project.resolve("src/main/java")).build());
    }

    private static LintResult applied(Path file, LintResult result) throws Baseline.BaselineException {
        Baseline.Match match = Baseline.read(file).match(result.findings());
        return result.withBaseline(match.file(), match.remaining(), match.known());
    }

    @Test
    void acceptedFindingsSurviveShiftedLinesAndReformattingNewOnesAreReported() throws Exception {
        LintResult before = lint(CHANNELS);
        assertEquals(3, before.findings().size(), before.findings().toString());
        Path file = project.resolve(BaselineFile.DEFAULT_NAME);
        Files.writeString(file, BaselineFile.render(before));

        String shifted = CHANNELS.replace("class Channels {\n", "/** Upstream channels. */\nclass Channels {\n\n")
            .replace(".keepAliveTime(1, TimeUnit.MINUTES)", "\n        .keepAliveTime(1, TimeUnit.MINUTES)");
        LintResult after = lint(shifted);
        assertTrue(after.findings().get(0).location().line() > before.findings().get(0).location().line());
        LintResult filtered = applied(file, after);
        assertTrue(filtered.findings().isEmpty(), filtered.findings().toString());
        assertEquals(3, filtered.suppressed().size());

        String added = shifted.replace("\n}\n", "\n    Object search = ManagedChannelBuilder.forTarget(\"dns:///search:443\")"
            + ".keepAliveTime(2, TimeUnit.MINUTES).build();\n}\n");
        LintResult withNew = applied(file, lint(added));
        assertEquals(1, withNew.findings().size(), withNew.findings().toString());
        assertTrue(withNew.findings().get(0).message().contains("ManagedChannelBuilder.forTarget()"));
        assertEquals("dns:///search:443", withNew.findings().get(0).subject().replaceAll(".*@(.*)\\|.*", "$1"));
    }

    @Test
    void theEngineAppliesTheRequestsBaselineWhenTheFileExists() throws Exception {
        LintResult before = lint(CHANNELS);
        Path file = project.resolve(BaselineFile.DEFAULT_NAME);
        LintRequest.Builder request = LintRequest.builder(project).javaSourceRoot(project.resolve("src/main/java"))
            .baselineFile(file);
        LintResult noBaselineYet = LintFixtures.lint(request.build());
        assertEquals(3, noBaselineYet.findings().size(), noBaselineYet.findings().toString());
        assertEquals(null, noBaselineYet.baselineFile());
        assertEquals(null, ConsoleReport.baseline(noBaselineYet));

        Files.writeString(file, BaselineFile.render(before));
        Files.writeString(project.resolve("src/main/java/com/acme/Channels.java"), CHANNELS.replace("\n}\n",
            "\n    Object search = ManagedChannelBuilder.forTarget(\"dns:///search:443\")"
            + ".keepAliveTime(2, TimeUnit.MINUTES).build();\n}\n"));
        LintResult filtered = LintFixtures.lint(request.build());
        assertEquals(1, filtered.findings().size(), filtered.findings().toString());
        assertTrue(filtered.findings().get(0).subject().contains("dns:///search:443"), filtered.findings().toString());
        assertEquals(3, filtered.baselineMatched());
        assertEquals(file, filtered.baselineFile());
        assertEquals("keepalive-lint: baseline " + file + " accounts for 3 of 4 findings; only the others are reported",
            ConsoleReport.baseline(filtered).text());

        Files.writeString(file, "[1, 2");
        dev.keepalivelint.LintException e = assertThrows(dev.keepalivelint.LintException.class,
            () -> new dev.keepalivelint.Engine().lint(request.build()));
        assertTrue(e.details().get(0).startsWith(file.toString()) && e.details().get(0).contains("not a baseline file"),
            e.details().toString());
    }

    @Test
    void aBrokenBaselineSaysWhichFileAndWhy() throws IOException {
        Path file = project.resolve("broken.json");
        Files.writeString(file, "{\"tool\": \"keepalive-lint\", \"findings\": [{\"ruleId\": \"x\"}]}");
        Baseline.BaselineException e = assertThrows(Baseline.BaselineException.class, () -> Baseline.read(file));
        assertTrue(e.getMessage().startsWith(file + ":1: a finding without a fingerprint"), e.getMessage());
        Files.writeString(file, "[1, 2");
        e = assertThrows(Baseline.BaselineException.class, () -> Baseline.read(file));
        assertTrue(e.getMessage().contains("not a baseline file"), e.getMessage());
    }
}
