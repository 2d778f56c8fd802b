package dev.keepalivelint.scan.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is not parsed changes no finding: a server-only file is parsed when a client can meet its server (and the
 * finding names it), skipped when none can; a builder held in a field keeps the factory's location when the method
 * that configures it is parsed and an unrelated method is not.
 */
class ParseOnlyWhatMattersTest {
    @TempDir
    Path project;

    private void write(String path, String content) throws IOException {
        Path p = project.resolve("src/main/java/com/acme/" + path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private LintResult lint() {
        return LintFixtures.lint(LintRequest.builder(project).javaSourceRoot(project.resolve("src/main/java"))
            .threads(2).build());
    }

    private static List<String> places(LintResult r) {
        return r.findings().stream().map(f -> f.ruleId() + " " + f.location().path() + ":" + f.location().line())
            .collect(Collectors.toList());
    }

    private static final String SERVER = "package com.acme;\n\nimport io.grpc.Server;\nimport io.grpc.netty.NettyServerBuilder;\n\n"
        + "class Servers {\n    Server start() {\n        return NettyServerBuilder.forPort(9090).build();\n    }\n}\n";

    private void client(String target) throws IOException {
        write("Client.java", "package com.acme;\n\nimport io.grpc.ManagedChannelBuilder;\nimport java.util.concurrent.TimeUnit;\n\n"
            + "class Client {\n    Object open() {\n        return ManagedChannelBuilder.forTarget(\"" + target + "\")\n"
            + "            .keepAliveTime(30, TimeUnit.SECONDS).build();\n    }\n}\n");
    }

    @Test
    void aServerOnlyFileIsParsedWhenAClientCanMeetItsServer() throws IOException {
        write("Servers.java", SERVER);
        client("localhost:9090");
        LintResult r = lint();
        Finding f = LintFixtures.single(r, "keepalive-below-permit-time", "src/main/java/com/acme/Client.java", 9);
        LintFixtures.assertMentions(f, "Servers.java:8", "listens");
        assertEquals(2, r.filesParsed(), places(r).toString());
    }

    @Test
    void aServerOnlyFileNoClientCanMeetIsNotParsedAndChangesNothing() throws IOException {
        write("Servers.java", SERVER);
        client("dns:///pricing.internal");
        LintResult r = lint();
        Finding f = LintFixtures.single(r, "keepalive-below-permit-time", "src/main/java/com/acme/Client.java", 9);
        LintFixtures.assertMentions(f, "where no server of the project or declared server listens");
        assertEquals(1, r.filesParsed(), "Servers.java can change no finding: " + places(r));
        Files.delete(project.resolve("src/main/java/com/acme/Servers.java"));
        assertEquals(places(r), places(lint()), "the same findings as without the file");
    }

    @Test
    void aBuilderHeldInAFieldKeepsItsFactoryAmongManyUnrelatedMethods() throws IOException {
        StringBuilder helpers = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            helpers.append("    int helper").append(i).append("(int x) {\n        int y = x + ").append(i)
                .append(";\n        return y * 2;\n    }\n");
        }
        write("Holder.java", "package com.acme;\n\nimport io.grpc.ManagedChannelBuilder;\nimport java.util.concurrent.TimeUnit;\n\n"
            + "class Holder {\n    private ManagedChannelBuilder<?> builder;\n\n"
            + "    void setUp() {\n        builder = ManagedChannelBuilder.forTarget(\"dns:///a.internal:443\");\n    }\n\n"
            + helpers
            + "    void configure() {\n        builder.keepAliveTime(20, TimeUnit.SECONDS);\n    }\n\n"
            + "    Object channel() {\n        return builder.build();\n    }\n}\n");
        LintResult r = lint();
        int line = 12 + 50 * 4 + 2;
        Finding f = LintFixtures.single(r, "keepalive-below-permit-time", "src/main/java/com/acme/Holder.java", line);
        LintFixtures.assertMentions(f, "ManagedChannelBuilder.forTarget()"); // the factory in setUp(), not the field
        assertEquals(1, r.findings().size(), places(r).toString());
    }

    @Test
    void aSyntaxErrorInAMethodWithoutBuildersIsReportedAndTheScanGoesOn() throws IOException {
        // Bodies are parsed whole (the extraction reads bodies without builder words too), so the broken body makes
        // the file unreadable: it is reported with its line, and the scan goes on without it.
        write("Half.java", "package com.acme;\n\nimport io.grpc.ManagedChannelBuilder;\nimport java.util.concurrent.TimeUnit;\n\n"
            + "class Half {\n    int broken() {\n        return 1 +;\n    }\n\n"
            + "    Object open() {\n        return ManagedChannelBuilder.forTarget(\"dns:///a.internal:443\")"
            + ".keepAliveTime(30, TimeUnit.SECONDS).build();\n    }\n}\n");
        LintResult r = lint();
        LintFixtures.single(r, "unreadable-input", "src/main/java/com/acme/Half.java", 8);
        assertTrue(LintFixtures.of(r, "keepalive-below-permit-time").isEmpty(), places(r).toString());
    }

    @Test
    void treesKeptForTheirConstantsAreBoundedBySizeAndAForgottenOneIsParsedAgain() throws IOException {
        // Big.java is larger than the trees kept for constants may be (128 K characters), so parsing Small.java for
        // the next constant forgets it, and the second client's Big.PING parses it again: 2 clients + Big + Small + Big.
        StringBuilder padding = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            padding.append("    static final int UNUSED_").append(i).append(" = ").append(i).append("; // padding padding\n");
        }
        write("Big.java", "package com.acme;\n\nclass Big {\n    static final long PING = 20;\n" + padding + "}\n");
        write("Small.java", "package com.acme;\n\nclass Small {\n    static final long PING = 25;\n}\n");
        for (String name : new String[] {"A", "B"}) {
            String second = name.equals("A") ? "Small" : "Big";
            write(name + ".java", "package com.acme;\n\nimport io.grpc.ManagedChannelBuilder;\nimport java.util.concurrent.TimeUnit;\n\n"
                + "class " + name + " {\n    Object open() {\n"
                + "        Object one = ManagedChannelBuilder.forTarget(\"dns:///a.internal:443\").keepAliveTime(Big.PING, TimeUnit.SECONDS).build();\n"
                + "        return ManagedChannelBuilder.forTarget(\"dns:///b.internal:443\").keepAliveTime(" + second
                + ".PING, TimeUnit.SECONDS).build();\n    }\n}\n");
        }
        assertTrue(Files.size(project.resolve("src/main/java/com/acme/Big.java")) > 128 * 1024);
        LintResult r = LintFixtures.lint(LintRequest.builder(project).javaSourceRoot(project.resolve("src/main/java"))
            .threads(1).build());
        assertEquals(4, LintFixtures.of(r, "keepalive-below-permit-time").size(), places(r).toString());
        LintFixtures.assertMentions(LintFixtures.single(r, "keepalive-below-permit-time", "src/main/java/com/acme/B.java", 9),
            "Big.PING");
        assertEquals(5, r.filesParsed(), places(r).toString());
    }
}
