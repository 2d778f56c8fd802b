package dev.keepalivelint.cache;

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
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incremental cache: a re-run with no change parses nothing and reports the same findings. */
class ScanCacheTest {
    @TempDir
    Path project;

    private Path sources;
    private Path cacheDir;

    @BeforeEach
    void writeProject() throws IOException {
        sources = project.resolve("src/main/java/com/acme/ping");
        Files.createDirectories(sources);
        write("Settings.java", "package com.acme.ping;\n\npublic final class Settings {\n"
            + "    public static final long PING_SECONDS = 30;\n}\n");
        write("Channels.java", "package com.acme.ping;\n\nimport io.grpc.ManagedChannelBuilder;\n"
            + "import java.util.concurrent.TimeUnit;\n\nclass Channels {\n    void open() {\n"
            + "        ManagedChannelBuilder.forTarget(\"dns:///a:443\").keepAliveTime(Settings.PING_SECONDS, "
            + "TimeUnit.SECONDS).build();\n    }\n}\n");
        write("Plain.java", "package com.acme.ping;\n\nclass Plain {\n    int answer() {\n        return 42;\n    }\n}\n");
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(project.resolve("src/main/resources/application.yml"),
            "grpc:\n  client:\n    b:\n      enable-keep-alive: true\n      keep-alive-time: 20s\n");
        cacheDir = project.resolve("target/keepalive-lint-cache");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(sources.resolve(name), content, StandardCharsets.UTF_8);
    }

    private LintResult lint() {
        LintRequest request = LintRequest.builder(project).javaSourceRoot(project.resolve("src/main/java"))
            .cacheDirectory(cacheDir).threads(2).build();
        return LintFixtures.lint(request);
    }

    private static List<String> summary(LintResult r) {
        return r.findings().stream().map(Finding::toString).collect(Collectors.toList());
    }

    @Test
    void aRunWithNoChangeParsesNothingAndReportsTheSame() {
        LintResult cold = lint();
        assertEquals(2, cold.findings().size(), summary(cold).toString());
        assertEquals(3, cold.filesParsed(), "Channels.java, Settings.java for its constant, application.yml");
        LintResult warm = lint();
        assertEquals(0, warm.filesParsed());
        assertEquals(summary(cold), summary(warm));
    }

    @Test
    void changingAConstantRescansTheFileThatUsesIt() throws IOException {
        lint();
        write("Settings.java", "package com.acme.ping;\n\npublic final class Settings {\n"
            + "    public static final long PING_SECONDS = 600;\n}\n");
        LintResult after = lint();
        assertEquals(1, after.findings().size(), "10 minutes is accepted: " + summary(after));
        assertTrue(after.filesParsed() >= 1);
    }

    @Test
    void touchingAFileWithoutEditingItParsesNothing() throws IOException {
        lint();
        Files.setLastModifiedTime(sources.resolve("Channels.java"), FileTime.from(Instant.now().plusSeconds(60)));
        LintResult after = lint();
        assertEquals(0, after.filesParsed());
        assertEquals(2, after.findings().size());
    }

    @Test
    void newFilesAndEditedConfigurationAreScanned() throws IOException {
        lint();
        write("More.java", "package com.acme.ping;\n\nimport io.grpc.ManagedChannelBuilder;\n"
            + "import java.util.concurrent.TimeUnit;\n\nclass More {\n    void open() {\n"
            + "        ManagedChannelBuilder.forTarget(\"dns:///c:443\").keepAliveTime(1, TimeUnit.MINUTES).build();\n"
            + "    }\n}\n");
        Files.writeString(project.resolve("src/main/resources/application.yml"),
            "grpc:\n  client:\n    b:\n      enable-keep-alive: true\n      keep-alive-time: 20m\n");
        LintResult after = lint();
        assertEquals(2, after.findings().size(), summary(after).toString());
        assertTrue(summary(after).stream().anyMatch(s -> s.contains("More.java")), summary(after).toString());
        assertTrue(summary(after).stream().noneMatch(s -> s.contains("application.yml")), summary(after).toString());
    }

    @Test
    void aCacheRestoredIntoAFreshCheckoutIsUsed() throws IOException {
        List<String> expected = summary(lint());
        // CI: a new checkout (same content, every file with a new modification time) and the cache directory
        // restored from the previous run.
        Path checkout = project.resolveSibling(project.getFileName() + "-fresh-checkout");
        FileTime later = FileTime.from(Instant.now().plusSeconds(3600));
        try (java.util.stream.Stream<Path> all = Files.walk(project)) {
            for (Path p : all.collect(Collectors.toList())) {
                Path target = checkout.resolve(project.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                    if (!p.startsWith(cacheDir)) {
                        Files.setLastModifiedTime(target, later);
                    }
                }
            }
        }
        try {
            LintRequest request = LintRequest.builder(checkout).javaSourceRoot(checkout.resolve("src/main/java"))
                .cacheDirectory(checkout.resolve("target/keepalive-lint-cache")).threads(2).build();
            LintResult restored = LintFixtures.lint(request);
            assertEquals(0, restored.filesParsed(), "same content: nothing is parsed again, Java or configuration");
            assertEquals(expected, summary(restored));
            assertEquals(0, LintFixtures.lint(request).filesParsed());
        } finally {
            try (java.util.stream.Stream<Path> all = Files.walk(checkout)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void aServerKeyTheVersionDoesNotHaveStaysOutOfTheFixWhenReadFromTheCache() throws IOException {
        // grpc-spring 2.2.1 has no grpc.server.permit-keep-alive-time: the cached server must still say so
        Path apps = project.resolve("apps");
        Files.createDirectories(apps.resolve("client/src/main/resources"));
        Files.createDirectories(apps.resolve("server/src/main/resources"));
        Files.writeString(apps.resolve("client/src/main/resources/application.yml"), "grpc:\n  client:\n    ledger:\n"
            + "      address: 'static://127.0.0.1:9712'\n      enable-keep-alive: true\n");
        Files.writeString(apps.resolve("server/src/main/resources/application.yml"), "grpc:\n  server:\n    port: 9712\n");
        Path java = apps.resolve("client/src/main/java");
        Files.createDirectories(java);
        Files.writeString(java.resolve("Plain.java"), "class Plain {\n}\n");
        LintRequest request = LintRequest.builder(apps).javaSourceRoot(java).cacheDirectory(cacheDir).threads(2)
            .dependencyVersion("net.devh:grpc-spring-boot-starter", "2.2.1.RELEASE").build();
        LintResult cold = LintFixtures.lint(request);
        assertEquals(List.of("Write grpc.client.ledger.keep-alive-time: 300 or more."),
            cold.findings().stream().map(Finding::fix).collect(Collectors.toList()));
        // a Java file edited, so that the whole result is not reused: the configuration comes from the scan cache
        Files.writeString(java.resolve("Plain.java"), "class Plain {\n    int answer;\n}\n");
        LintResult warm = LintFixtures.lint(request);
        assertEquals(0, warm.filesParsed(), "nothing parsed again: the configuration comes from the cache");
        assertEquals(summary(cold), summary(warm));
    }

    @Test
    void aCorruptCacheIsIgnored() throws IOException {
        List<String> expected = summary(lint());
        Files.write(cacheDir.resolve("scan-cache.bin"), new byte[] {0, 0, 0, 1, 0, 5, 'h', 'e', 'l', 'l', 'o', 9, 9});
        LintResult after = lint();
        assertEquals(expected, summary(after));
        assertEquals(3, after.filesParsed(), "nothing usable in the cache, so everything is parsed again");
    }
}
