package dev.keepalivelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.Engine;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded jar as a real {@code java -jar} process on small projects (failsafe, after the package phase)
 * and reads its console output and exit code, as a user or a CI job would.
 */
class CliProcessIT {
    private static final Pattern FINDING = Pattern.compile("^\\[(ERROR|WARNING|INFO)] (\\S+):\\[(\\d+),(\\d+)] ([a-z-]+): (.*)$");
    private static Path jar;
    private static Path work;
    private static Path projects;

    /** What one run printed and returned. */
    static final class Run {
        final int exit;
        final String out;
        final String err;

        Run(int exit, String out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }

        /** "rule path:line" for each finding line, in output order. */
        List<String> findings() {
            List<String> found = new ArrayList<>();
            for (String line : out.split("\n")) {
                Matcher m = FINDING.matcher(line);
                if (m.matches()) {
                    found.add(m.group(5) + " " + m.group(2) + ":" + m.group(3));
                }
            }
            return found;
        }

        String line(String containing) {
            return Stream.of(out.split("\n")).filter(l -> l.contains(containing)).findFirst().orElse("");
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void locate() throws IOException {
        jar = Paths.get(System.getProperty("cli.jar", "target/keepalive-lint-cli.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built before the integration tests: " + jar);
        work = Paths.get(System.getProperty("work.dir", "target/it-work")).toAbsolutePath();
        Files.createDirectories(work);
        projects = Paths.get("src/test/resources/projects").toAbsolutePath();
    }

    static Run run(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("GITHUB_ACTIONS");
        pb.environment().remove("GITHUB_WORKSPACE");
        Process p = pb.start();
        // A bound so a hung process cannot hang the build; not a timing assertion.
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("keepalive-lint did not end: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void gradleProjectWithAVersionCatalog() throws Exception {
        Run r = run(projects.resolve("gradle-catalog"));
        assertEquals(1, r.exit, r.toString());
        assertEquals(List.of("keepalive-below-permit-time app/src/main/java/com/acme/orders/PaymentsChannel.java:11"),
            r.findings(), r.toString());
        String finding = r.line("PaymentsChannel.java:[11,14]");
        assertTrue(finding.startsWith("[ERROR] "), finding);
        assertTrue(finding.contains("grpc-java channel ManagedChannelBuilder.forTarget() (grpc-java 1.60.0)")
            && finding.contains("keepAliveTime 45s") && finding.contains("Fix: Write .keepAliveTime(5, TimeUnit.MINUTES)"), finding);
        assertEquals("[INFO] keepalive-lint: library versions: grpc-java 1.60.0 (gradle/libs.versions.toml), "
            + "jetcd 0.5.3 (gradle/libs.versions.toml)", r.line("library versions"), r.toString());
        assertTrue(r.err.startsWith("keepalive-lint found 1 error"), r.err);

        // jetcd 0.5.3 from the catalog pings no idle connection; the same code on 0.8.6 does, so the catalog decided it.
        Run newer = run(projects.resolve("gradle-catalog"), "--library", "jetcd=0.8.6");
        assertEquals(List.of("keepalive-below-permit-time app/src/main/java/com/acme/orders/PaymentsChannel.java:11",
            "ping-without-calls locks/src/main/java/com/acme/locks/Locks.java:8"), newer.findings(), newer.toString());
        assertTrue(newer.line("Locks.java:[8,").contains("jetcd client Client.builder() (jetcd 0.8.6) pings idle connections"),
            newer.toString());
    }

    @Test
    void infrastructureOnlyDirectoryWithCortexConfiguration() throws Exception {
        Path reports = work.resolve("infra-reports");
        Run r = run(projects.resolve("infra-cortex"), "--formats", "sarif,json", "--report-directory", reports.toString());
        assertEquals(1, r.exit, r.toString());
        assertEquals(List.of("ping-without-calls cortex/cortex.yaml:8"), r.findings(), r.toString());
        String finding = r.line("cortex/cortex.yaml:[8,");
        assertTrue(finding.contains("Cortex etcd client distributor.ring.kvstore pings idle connections")
            && finding.contains("Server assumed: etcd server")
            && finding.contains("distributor.ring.kvstore.etcd.ping-without-stream-allowed: false"), finding);
        assertFalse(r.out.contains("mimir"), "idle pings are off there: " + r);
        assertFalse(r.out.contains("library versions"), r.toString());
        String sarif = Files.readString(reports.resolve("keepalive-lint.sarif"), StandardCharsets.UTF_8);
        assertTrue(sarif.contains("\"ruleId\": \"ping-without-calls\"") && sarif.contains("\"uri\": \"cortex/cortex.yaml\""), sarif);
        assertTrue(Files.readString(reports.resolve("keepalive-lint.json"), StandardCharsets.UTF_8).contains("cortex/cortex.yaml"));
        assertTrue(r.out.contains("[INFO] keepalive-lint: sarif report written to " + reports.resolve("keepalive-lint.sarif")), r.toString());
        // What the plugin finds there: the request CheckMojo builds for a module with no sources and no dependencies.
        assertEquals(engineFindings(LintRequest.builder(projects.resolve("infra-cortex"))
            .javaSourceRoot(projects.resolve("infra-cortex/src/main/java")).build()), r.findings());
    }

    private static List<String> engineFindings(LintRequest request) throws Exception {
        return new Engine().lint(request).findings().stream()
            .map((Finding f) -> f.ruleId() + " " + f.location().path() + ":" + f.location().line())
            .collect(Collectors.toList());
    }

    @Test
    void aCleanProjectExitsZeroAndAStricterDeclaredServerFindsTheSameChannel() throws Exception {
        Run r = run(projects.resolve("maven-clean"));
        assertEquals(0, r.exit, r.toString());
        assertEquals(List.of(), r.findings(), r.toString());
        assertTrue(r.out.contains("keepalive-lint: 0 errors, 0 warnings, 0 notes; 2 files scanned, 2 parsed"), r.toString());
        assertEquals("[INFO] keepalive-lint: library versions: grpc-java 1.68.1 (pom.xml), jetcd 0.8.6 (pom.xml)",
            r.line("library versions"));
        assertEquals("", r.err);

        // The scanner does see the channel: a server that permits no less than 10 minutes makes it a finding.
        Run strict = run(projects.resolve("maven-clean"),
            "--server", "id=index,target=index.internal:*,implementation=grpc-java,permitKeepAliveTime=10m");
        assertEquals(1, strict.exit, strict.toString());
        assertEquals(List.of("keepalive-below-permit-time src/main/java/com/acme/search/Channels.java:12",
            "keepalive-below-permit-time src/test/java/com/acme/search/ChannelsTest.java:7"), strict.findings(), strict.toString());
        assertTrue(strict.line("Channels.java:[12,").contains("Server assumed: grpc-java server"), strict.toString());

        Run mainOnly = run(projects.resolve("maven-clean"), "--no-include-tests", "--no-fail-on-violation",
            "--server", "id=index,target=index.internal:*,implementation=grpc-java,permitKeepAliveTime=10m");
        assertEquals(0, mainOnly.exit, mainOnly.toString());
        assertEquals(List.of("keepalive-below-permit-time src/main/java/com/acme/search/Channels.java:12"),
            mainOnly.findings(), mainOnly.toString());
    }

    @Test
    void usageErrorsExitTwoWithOneLineAndNoStackTrace() throws Exception {
        Run bad = run(work, "--fail-on-severity", "fatal", projects.resolve("maven-clean").toString());
        assertEquals(2, bad.exit, bad.toString());
        assertEquals("keepalive-lint: --fail-on-severity 'fatal' must be error, warning or note\n", bad.err);
        assertEquals("", bad.out);

        Run unknown = run(work, "--formats");
        assertEquals(2, unknown.exit, unknown.toString());
        assertTrue(unknown.err.startsWith("keepalive-lint: Missing required parameter for option '--formats'"), unknown.err);

        Run missing = run(work, "no-such-project");
        assertEquals(2, missing.exit, missing.toString());
        assertEquals("keepalive-lint: no-such-project: no such directory\n", missing.err);

        Path rules = work.resolve("broken-rules.yaml");
        Files.writeString(rules, "schema: 1\nservers:\n  - id: x\n    library: nope\n");
        Run broken = run(projects.resolve("maven-clean"), "--rules-file", rules.toString());
        assertEquals(2, broken.exit, broken.toString());
        assertTrue(broken.err.contains("broken-rules.yaml") && !broken.err.contains("\tat "), broken.err);
    }

    @Test
    void baselineWrittenThenOnlyNewFindingsFail() throws Exception {
        Path copy = work.resolve("infra-baseline");
        copyTree(projects.resolve("infra-cortex"), copy);
        Files.deleteIfExists(copy.resolve("keepalive-lint-baseline.json"));
        Run write = run(copy, "--write-baseline");
        assertEquals(0, write.exit, write.toString());
        assertTrue(write.out.contains("baseline of 1 finding written to " + copy.resolve("keepalive-lint-baseline.json")), write.toString());
        Run again = run(copy);
        assertEquals(0, again.exit, again.toString());
        assertEquals(List.of(), again.findings(), again.toString());
        assertTrue(again.out.contains("baseline " + copy.resolve("keepalive-lint-baseline.json") + " accounts for 1 of 1 findings"),
            again.toString());
        assertTrue(again.out.contains("(1 suppressed)"), again.toString());
    }

    /**
     * The sample project: the CLI reports what the plugin reports, the six findings the README documents, and
     * exactly what the engine finds for the request the Maven goal builds (source roots, declared dependencies).
     */
    @Test
    void sampleProjectSameFindingsAsThePlugin() throws Exception {
        Path sample = Paths.get(System.getProperty("sample.project", "../sample-project")).toAbsolutePath().normalize();
        Run r = run(sample.getParent(), sample.getFileName().toString());
        Files.writeString(work.resolve("sample-project-console.txt"), r.out + r.err);
        assertEquals(1, r.exit, r.toString());
        List<String> readme = List.of(
            "ping-without-calls deploy/cortex/cortex.yaml:9",
            "ping-without-calls src/main/java/com/example/inventory/LeaderElection.java:13",
            "keepalive-below-permit-time src/main/java/com/example/inventory/PricingClient.java:16",
            "ping-without-calls src/main/java/com/example/inventory/PricingClient.java:18",
            "keepalive-below-permit-time src/main/resources/application.yml:10",
            "ping-without-calls src/main/resources/application.yml:11");
        assertEquals(readme, r.findings(), r.toString());

        // What CheckMojo builds for this project: its compile and test source roots and its dependencies.
        LintRequest mojoLike = LintRequest.builder(sample)
            .javaSourceRoot(sample.resolve("src/main/java"))
            .javaSourceRoot(sample.resolve("src/test/java"))
            .dependencyVersion("io.grpc:grpc-netty-shaded", "1.83.1")
            .dependencyVersion("io.grpc:grpc-stub", "1.83.1")
            .dependencyVersion("io.etcd:jetcd-core", "0.8.6")
            .dependencyVersion("net.devh:grpc-client-spring-boot-starter", "3.1.0.RELEASE")
            .build();
        LintResult plugin = new Engine().lint(mojoLike);
        List<String> expected = plugin.findings().stream()
            .map((Finding f) -> f.ruleId() + " " + f.location().path() + ":" + f.location().line())
            .collect(Collectors.toList());
        assertEquals(expected, r.findings(), r.toString());
        for (Finding f : plugin.findings()) {
            assertTrue(r.out.contains("] " + f.location().path() + ":[" + f.location().line() + "," + f.location().column()
                + "] " + f.ruleId() + ": " + f.fullMessage()), "same message as the plugin: " + f.fullMessage());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
