package dev.keepalivelint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.Severity;
import dev.keepalivelint.report.ConsoleReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes that used to change nothing without a word: each now gets one clear line. */
class SilentMistakesTest {
    private static final String CHANNEL = "package com.acme;\n\nimport io.grpc.ManagedChannelBuilder;\nimport java.util.concurrent.TimeUnit;\n\n"
        + "class Orders {\n    // keepalive-lint:ignore keepalive-below-permit-tim -- a typo in the rule id\n"
        + "    Object c = ManagedChannelBuilder.forTarget(\"orders:443\").keepAliveTime(30, TimeUnit.SECONDS).build();\n}\n";

    @TempDir
    Path dir;

    private LintRequest.Builder project() throws IOException {
        Path java = dir.resolve("src/main/java/com/acme/Orders.java");
        Files.createDirectories(java.getParent());
        Files.write(java, CHANNEL.getBytes(StandardCharsets.UTF_8));
        return LintRequest.builder(dir).javaSourceRoot(dir.resolve("src/main/java"))
            .dependencyVersion("io.grpc:grpc-api", "1.68.0");
    }

    private static List<ConsoleReport.Line> warnings(LintResult r) {
        return ConsoleReport.render(r).stream().filter(l -> l.severity() == Severity.WARNING).collect(Collectors.toList());
    }

    @Test
    void aSuppressionWithAMisspeltRuleIdIsAWarningAndTheFindingStays() throws IOException {
        LintResult r = LintFixtures.lint(project().build());
        assertEquals(1, r.findings().stream().filter(f -> f.ruleId().equals("keepalive-below-permit-time")).count(),
            r.findings().toString());
        List<ConsoleReport.Line> w = warnings(r);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).text().contains("src/main/java/com/acme/Orders.java:7: the suppression names "
            + "'keepalive-below-permit-tim', which is not a rule"), w.toString());
    }

    @Test
    void aDeclaredServerWhoseTargetsMatchNothingIsAWarning() throws IOException {
        DeclaredServer orders = new DeclaredServer("orders", List.of("orders.prod:*"), "grpc-java", null, null, null, false,
            "pom.xml <servers><server> 'orders'");
        LintResult r = LintFixtures.lint(project().declareServer(orders).build());
        List<String> w = warnings(r).stream().map(ConsoleReport.Line::text).filter(t -> t.contains("'orders'"))
            .collect(Collectors.toList());
        assertEquals(1, w.size(), warnings(r).toString());
        assertTrue(w.get(0).contains("matches no client") && w.get(0).contains("client targets are orders:443"), w.get(0));
        // a declaration that does match says nothing
        DeclaredServer good = new DeclaredServer("orders", List.of("orders:*"), "grpc-java", null, null, null, false,
            "pom.xml <servers><server> 'orders'");
        LintResult fine = LintFixtures.lint(project().declareServer(good).build());
        assertTrue(warnings(fine).stream().noneMatch(l -> l.text().contains("matches no client")), warnings(fine).toString());
    }

    @Test
    void aMissingRulesFileSaysFileNotFoundWithoutJavaClassNames() throws IOException {
        LintRequest request = project().rulesFile(dir.resolve("keepalive-rulez.yaml")).build();
        LintException e = assertThrows(LintException.class, () -> new Engine().lint(request));
        String all = e.getMessage() + " " + e.details();
        assertTrue(all.contains("keepalive-rulez.yaml: file not found"), all);
        assertTrue(!all.contains("Exception"), all);
        LintRequest directory = project().rulesFile(dir.resolve("src")).build();
        String dirMessage = assertThrows(LintException.class, () -> new Engine().lint(directory)).details().toString();
        assertTrue(dirMessage.contains("is a directory") && !dirMessage.contains("IOException"), dirMessage);
    }
}
