package dev.keepalivelint.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-result fast path: a run in which nothing changed returns the stored result ({@link LintResult#reused()}),
 * exactly what the normal path gives; any change to a file, the rules or the options takes the normal path, whose
 * result then reflects the change (it equals a run without any cache).
 */
class ResultCacheTest {
    @TempDir
    Path project;

    private Path sources;
    private Path cacheDir;
    private Path rules;

    @BeforeEach
    void writeProject() throws IOException {
        sources = project.resolve("src/main/java/com/acme/ping");
        Files.createDirectories(sources);
        write("Settings.java", "package com.acme.ping;\n\npublic final class Settings {\n"
            + "    public static final long PING_SECONDS = 30;\n}\n");
        write("Channels.java", "package com.acme.ping;\n\nimport io.grpc.ManagedChannelBuilder;\n"
            + "import java.util.concurrent.TimeUnit;\n\nclass Channels {\n    void open() {\n"
            + "        ManagedChannelBuilder.forTarget(\"dns:///users.svc:443\").keepAliveTime(Settings.PING_SECONDS, "
            + "TimeUnit.SECONDS).build();\n    }\n}\n");
        write("Plain.java", "package com.acme.ping;\n\nclass Plain {\n    int answer() {\n        return 42;\n    }\n}\n");
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(project.resolve("src/main/resources/application.yml"),
            "grpc:\n  client:\n    b:\n      enable-keep-alive: true\n      keep-alive-time: 20s\n");
        rules = project.resolve("keepalive-rules.yaml");
        writeRules("1m");
        cacheDir = project.resolve("target/keepalive-lint-cache");
        age();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(sources.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void writeRules(String permit) throws IOException {
        Files.writeString(rules, "schema: 1\ndeclarations:\n  - id: users\n    targets: [\"dns:///users.svc:443\"]\n"
            + "    implementation: grpc-java\n    permitKeepAliveTime: " + permit + "\n");
    }

    /**
     * Sets every file's modification time an hour back: a file written just before a run may still change within
     * its stamp's granularity, so a run right after writing stores no result (see {@link #aFileJustWrittenIsNotTrusted}).
     */
    private void age() throws IOException {
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(project)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(cacheDir))
                .collect(Collectors.toList())) {
                if (Files.getLastModifiedTime(f).compareTo(past) > 0) {
                    Files.setLastModifiedTime(f, past);
                }
            }
        }
    }

    private LintRequest.Builder request() {
        return LintRequest.builder(project).javaSourceRoot(project.resolve("src/main/java")).rulesFile(rules).threads(2);
    }

    private LintResult lint(UnaryOperator<LintRequest.Builder> options) {
        return LintFixtures.lint(options.apply(request()).cacheDirectory(cacheDir).build());
    }

    private LintResult lint() {
        return lint(b -> b);
    }

    /** The same request without any cache: what the result must be. */
    private LintResult uncached(UnaryOperator<LintRequest.Builder> options) {
        return LintFixtures.lint(options.apply(request()).build());
    }

    private static List<String> summary(LintResult r) {
        return Stream.concat(r.findings().stream(), r.suppressed().stream().map(f -> "suppressed"))
            .map(Object::toString).collect(Collectors.toList());
    }

    /** Everything a report shows, counts included. */
    private static String everything(LintResult r) {
        return r.findings().stream().map(ResultCacheTest::full).collect(Collectors.toList()) + "\n"
            + r.suppressed().stream().map(ResultCacheTest::full).collect(Collectors.toList()) + "\n" + r.notes() + "\n"
            + r.rules() + "\n" + r.rulesVersion() + "\n" + r.filesScanned() + " scanned, " + r.filesParsed() + " parsed";
    }

    private static String full(Finding f) {
        return f + " " + f.severity() + " " + f.fullMessage() + " " + f.subject() + " "
            + f.related().stream().map(l -> l.location() + " " + l.message()).collect(Collectors.toList());
    }

    /** After a change: the normal path, and the same result as without a cache; the run after it is reused. */
    private void assertChangeSeen(UnaryOperator<LintRequest.Builder> options, LintResult before) {
        LintResult changed = lint(options);
        assertFalse(changed.reused(), "a change must take the normal path");
        assertEquals(summary(uncached(options)), summary(changed));
        LintResult again = lint(options);
        assertTrue(again.reused(), "nothing changed since the run before");
        assertEquals(everything(changed).replaceAll("\\d+ parsed", ""), everything(again).replaceAll("\\d+ parsed", ""));
        assertNotEquals(null, before);
    }

    @Test
    void aRunWithNoChangeReturnsWhatTheNormalPathReturns() throws IOException {
        LintResult first = lint();
        assertFalse(first.reused());
        assertFalse(first.findings().isEmpty(), "the project has findings to reproduce");
        LintResult second = lint();
        assertTrue(second.reused());
        assertEquals(summary(uncached(b -> b)), summary(second));
        assertEquals(0, second.filesParsed());
        // The normal path with the per-file cache (the stored result removed) gives exactly the same, counts included.
        Files.delete(cacheDir.resolve("result-cache.bin"));
        LintResult normal = lint();
        assertFalse(normal.reused());
        assertEquals(everything(normal), everything(second));
        assertTrue(lint().reused());
    }

    @Test
    void editingAFileTakesTheNormalPath() throws IOException {
        LintResult before = lint();
        lint();
        write("Settings.java", "package com.acme.ping;\n\npublic final class Settings {\n"
            + "    public static final long PING_SECONDS = 300;\n}\n");
        age();
        assertChangeSeen(b -> b, before);
        assertNotEquals(summary(before), summary(lint()));
    }

    @Test
    void addingOrDeletingAFileTakesTheNormalPath() throws IOException {
        LintResult before = lint();
        write("More.java", "package com.acme.ping;\n\nimport io.grpc.ManagedChannelBuilder;\n"
            + "import java.util.concurrent.TimeUnit;\n\nclass More {\n    void open() {\n"
            + "        ManagedChannelBuilder.forTarget(\"dns:///b:443\").keepAliveTime(1, TimeUnit.SECONDS).build();\n"
            + "    }\n}\n");
        age();
        assertChangeSeen(b -> b, before);
        assertEquals(before.filesScanned() + 1, lint().filesScanned());
        Files.delete(sources.resolve("More.java"));
        assertChangeSeen(b -> b, before);
        assertEquals(before.filesScanned(), lint().filesScanned());
        Files.delete(project.resolve("src/main/resources/application.yml"));
        assertChangeSeen(b -> b, before);
    }

    @Test
    void changingTheRulesOrAnOptionTakesTheNormalPath() throws IOException {
        LintResult before = lint();
        assertTrue(lint().reused());
        writeRules("10s");
        age();
        assertChangeSeen(b -> b, before);
        String rule = before.findings().get(0).ruleId();
        assertChangeSeen(b -> b.severity(rule, "note"), before);
        assertChangeSeen(b -> b.dependencyVersion("io.grpc:grpc-api", "1.60.0"), before);
        assertChangeSeen(b -> b.dependencyVersion("io.grpc:grpc-api", "1.83.1"), before);
        assertChangeSeen(b -> b.sourceExclude("**/Channels.java"), before);
        assertChangeSeen(b -> b.scanConfig(false), before);
        assertChangeSeen(b -> b.configExclude("**/application.yml"), before);
    }

    @Test
    void aTouchedOrFreshlyCheckedOutFileWithTheSameContentIsStillReused() throws IOException {
        LintResult before = lint();
        FileTime other = FileTime.from(Instant.now().minusSeconds(600));
        try (Stream<Path> files = Files.walk(project)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(cacheDir))
                .collect(Collectors.toList())) {
                Files.setLastModifiedTime(f, other);
            }
        }
        LintResult touched = lint();
        assertTrue(touched.reused(), "the same content under new stamps");
        assertEquals(summary(before), summary(touched));
        assertTrue(lint().reused());
    }

    @Test
    void otherContentOfTheSameSizeUnderANewStampIsSeen() throws IOException {
        LintResult before = lint();
        assertTrue(lint().reused());
        // A checkout of another commit: new modification time, same size, other content.
        write("Settings.java", "package com.acme.ping;\n\npublic final class Settings {\n"
            + "    public static final long PING_SECONDS = 45;\n}\n");
        Files.setLastModifiedTime(sources.resolve("Settings.java"), FileTime.from(Instant.now().minusSeconds(600)));
        assertChangeSeen(b -> b, before);
        assertNotEquals(summary(before), summary(lint()));
    }

    @Test
    void aFileJustWrittenIsNotTrusted() throws IOException {
        write("Plain.java", "package com.acme.ping;\n\nclass Plain {\n    int answer() {\n        return 43;\n    }\n}\n");
        lint();
        assertFalse(lint().reused(), "a file written within the stamp's granularity may change unseen");
    }

    @Test
    void theBaselineIsAppliedToAReusedResult() throws IOException {
        LintResult before = lint();
        assertTrue(lint().reused());
        Path baseline = project.resolve("keepalive-baseline.json");
        Files.writeString(baseline, "{\"findings\": [" + before.findings().stream()
            .map(f -> "{\"fingerprint\": \"" + f.fingerprint() + "\"}").collect(Collectors.joining(", ")) + "]}\n");
        LintResult withBaseline = lint(b -> b.baselineFile(baseline));
        assertTrue(withBaseline.reused());
        assertTrue(withBaseline.findings().isEmpty(), withBaseline.findings().toString());
        assertEquals(before.findings().size(), withBaseline.baselineMatched());
    }

    @Test
    void aRulesFileThatIsGoneFailsAsWithoutTheFastPath() throws IOException {
        lint();
        assertTrue(lint().reused());
        Files.delete(rules);
        LintRequest request = request().cacheDirectory(cacheDir).build();
        dev.keepalivelint.LintException e = org.junit.jupiter.api.Assertions.assertThrows(
            dev.keepalivelint.LintException.class, () -> new dev.keepalivelint.Engine().lint(request));
        assertTrue(e.details().toString().contains("file not found"), e.details().toString());
    }

    @Test
    void aCorruptRecordIsIgnored() throws IOException {
        LintResult before = lint();
        Files.writeString(cacheDir.resolve("result-cache.bin"), "not a record");
        LintResult after = lint();
        assertFalse(after.reused());
        assertEquals(summary(before), summary(after));
    }
}
