package dev.keepalivelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.model.DeclaredServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Option parsing and the exit codes of usage errors, in process (the *IT tests run the jar). */
class MainTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
            Map.of(), dir);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void everyGoalOptionParses() {
        Main m = new Main();
        new CommandLine(m).parseArgs("-f", "sarif,json", "-o", "reports", "--sarif-file", "x.sarif",
            "--severity", "unresolved-value=off", "--severity", "keepalive-below-client-minimum=error",
            "--fail-on-severity", "warning", "--no-fail-on-violation", "--baseline-file", "b.json",
            "--server", "id=a,target=a:*,implementation=grpc-go", "--rules-file", "r.yaml",
            "--library", "grpc-java=1.60.0", "--library", "io.etcd:jetcd-core=0.8.6",
            "--config-include", "**/*.yml,**/*.yaml", "--config-exclude", "**/test-data/**", "--source-root", "src",
            "--no-include-tests", "--annotations", "github", "--show-suppressed", "--encoding", "ISO-8859-1",
            "--max-file-size-mb", "2", "--threads", "3", "--cache-directory", "c", "--no-cache", "one", "two");
        assertEquals(List.of("sarif", "json"), m.formats);
        assertEquals(Path.of("reports"), m.reportDirectory);
        assertEquals(Path.of("x.sarif"), m.sarifFile);
        assertEquals(Map.of("unresolved-value", "off", "keepalive-below-client-minimum", "error"), m.severities);
        assertEquals("warning", m.failOnSeverity);
        assertFalse(m.failOnViolation);
        assertEquals(Path.of("b.json"), m.baselineFile);
        assertEquals(List.of("id=a,target=a:*,implementation=grpc-go"), m.servers);
        assertEquals(List.of(Path.of("r.yaml")), m.rulesFiles);
        assertEquals(Map.of("grpc-java", "1.60.0", "io.etcd:jetcd-core", "0.8.6"), m.libraries);
        assertEquals(List.of("**/*.yml", "**/*.yaml"), m.configIncludes);
        assertEquals(List.of("**/test-data/**"), m.configExcludes);
        assertEquals(List.of(Path.of("src")), m.sourceRoots);
        assertFalse(m.includeTests);
        assertEquals("github", m.annotations);
        assertTrue(m.showSuppressed);
        assertEquals("ISO-8859-1", m.encoding);
        assertEquals(2, m.maxFileSizeMb);
        assertEquals(3, m.threads);
        assertEquals(Path.of("c"), m.cacheDirectory);
        assertTrue(m.noCache);
        assertEquals(List.of(Path.of("one"), Path.of("two")), m.paths);
    }

    @Test
    void defaultsAreTheGoalsWhereTheyMakeSenseOnACommandLine() {
        Main m = new Main();
        new CommandLine(m).parseArgs();
        assertTrue(m.formats.isEmpty());
        assertEquals("error", m.failOnSeverity);
        assertTrue(m.failOnViolation);
        assertTrue(m.includeTests);
        assertEquals("auto", m.annotations);
        assertEquals("UTF-8", m.encoding);
        assertEquals(8, m.maxFileSizeMb);
        assertTrue(m.paths.isEmpty());
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out.contains("--fail-on-severity=LEVEL") && out.contains("--server=SPEC") && out.contains("Exit codes:"), out);
        assertEquals(0, run("--version"));
        assertTrue(out.startsWith("keepalive-lint "), out);
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() throws Exception {
        Files.createDirectories(dir.resolve("p"));
        String[][] cases = {
            {"--bogus"},
            {"--max-file-size-mb", "lots"},
            {"--fail-on-severity", "fatal", "p"},
            {"--formats", "html", "p"},
            {"--annotations", "gitlab", "p"},
            {"--encoding", "no-such-charset", "p"},
            {"--threads", "0", "p"},
            {"missing-dir"},
            {"--rules-file", "missing.yaml", "p"},
            {"--server", "id=x,implementation=grpc-java", "p"},
            {"--server", "id=x,target=a:1,implementation=grpc-java,permitKeepAliveTime=soon", "p"},
            {"--server", "id=x,target=a:1,implementation=nosuch", "p"},
            {"--library", "grpc-go=1.60.0", "p"},
            {"--library", "nosuch=1", "p"},
            {"--severity", "nosuch=error", "p"},
        };
        for (String[] args : cases) {
            assertEquals(2, run(args), String.join(" ", args) + ": " + out + err);
            String first = err.lines().findFirst().orElse("");
            assertTrue(first.startsWith("keepalive-lint: "), String.join(" ", args) + ": " + err);
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        }
        run("--formats", "html", "p");
        assertEquals("keepalive-lint: unknown report format 'html'; formats are [sarif, checkstyle, gitlab, json]",
            err.lines().findFirst().orElse(""));
        run("--server", "id=x,target=a:1,implementation=nosuch", "p");
        assertTrue(err.contains("implementation 'nosuch' is not known"), err);
        run("--library", "grpc-go=1.60.0", "p");
        assertTrue(err.contains("grpc-go") && err.contains("--server"), err);
    }

    @Test
    void severalPathsReadConfigurationOnlyBelowThemGlobsRelativeToEach() throws Exception {
        String cortex = "distributor:\n  ring:\n    kvstore:\n      store: etcd\n      etcd:\n        endpoints: [\"etcd:2379\"]\n";
        for (String d : new String[] {"a", "b", "c"}) {
            Files.createDirectories(dir.resolve(d));
            Files.writeString(dir.resolve(d + "/cortex.yaml"), cortex);
        }
        assertEquals(1, run("a", "b"), out + err);
        assertTrue(out.contains("[ERROR] a/cortex.yaml:3:5 ping-without-calls: ")
            && out.contains("[ERROR] b/cortex.yaml:3:5 ping-without-calls: "), out);
        assertFalse(out.contains("c/cortex.yaml"), "not a PATH: " + out);
        assertTrue(out.contains("keepalive-lint: 2 errors, 0 warnings, 0 notes; 2 files scanned"), out);

        assertEquals(0, run("--config-exclude", "cortex.yaml", "a", "b"), out + err);
        assertTrue(out.contains("keepalive-lint: 0 errors, 0 warnings, 0 notes; 0 files scanned"), out);
        assertEquals(0, run("--config-include", "*.yml", "a"), out + err);
        assertEquals(1, run("--config-include", "*.yaml", "a"), out + err);
        assertTrue(out.contains("[ERROR] cortex.yaml:3:5 ping-without-calls: "), "one PATH is the base: " + out);
    }

    @Test
    void aLibraryUsedWithoutAVersionTheDirectoryTellsStaysUnknownWithANote() throws Exception {
        Files.createDirectories(dir.resolve("src/main/java/a"));
        Files.writeString(dir.resolve("pom.xml"), "<project><parent><groupId>org.springframework.boot</groupId>"
            + "<artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent><artifactId>x</artifactId>"
            + "<dependencies><dependency><groupId>io.etcd</groupId><artifactId>jetcd-core</artifactId></dependency>"
            + "</dependencies></project>");
        Files.writeString(dir.resolve("src/main/java/a/A.java"), "package a;\nimport io.etcd.jetcd.Client;\n"
            + "class A { Object c = Client.builder().endpoints(\"http://etcd:2379\").build(); }\n");
        assertEquals(1, run("."), out + err);
        assertTrue(out.contains("[INFO] keepalive-lint: pom.xml uses io.etcd:jetcd-core without a version this directory tells"
            + " (a parent, BOM or plugin outside it); jetcd's version is unknown, give --library jetcd=VERSION"), out);
        assertTrue(out.contains("[ERROR] src/main/java/a/A.java:3:22 ping-without-calls: ")
            && out.contains("version unknown"), out);
        assertFalse(out.contains("library versions:"), out);

        // jetcd before 0.5.4 pings no idle connection: the version given decides
        assertEquals(0, run("--library", "jetcd=0.5.3", "."), out + err);
        assertTrue(out.contains("[INFO] keepalive-lint: library versions: jetcd 0.5.3 (--library)"), out);
    }

    @Test
    void theGrpcBomsVersionIsGrpcJavasInAPomAndAGradlePlatform() throws Exception {
        Files.createDirectories(dir.resolve("m/src/main/java/a"));
        Files.createDirectories(dir.resolve("g/src/main/java/a"));
        String channel = "package a;\nimport io.grpc.ManagedChannelBuilder;\nimport java.util.concurrent.TimeUnit;\n"
            + "class A { Object c = ManagedChannelBuilder.forTarget(\"dns:///x:443\").keepAliveTime(1, TimeUnit.MINUTES).build(); }\n";
        Files.writeString(dir.resolve("m/src/main/java/a/A.java"), channel);
        Files.writeString(dir.resolve("g/src/main/java/a/A.java"), channel);
        Files.writeString(dir.resolve("m/pom.xml"), "<project><artifactId>m</artifactId><dependencyManagement><dependencies>"
            + "<dependency><groupId>io.grpc</groupId><artifactId>grpc-bom</artifactId><version>1.58.0</version>"
            + "<type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>"
            + "<dependencies><dependency><groupId>io.grpc</groupId><artifactId>grpc-netty</artifactId></dependency>"
            + "</dependencies></project>");
        Files.writeString(dir.resolve("g/build.gradle.kts"), "dependencies {\n"
            + "    implementation(platform(\"io.grpc:grpc-bom:1.61.0\"))\n    implementation(\"io.grpc:grpc-netty\")\n}\n");
        assertEquals(1, run("m"), out + err);
        assertTrue(out.contains("[INFO] keepalive-lint: library versions: grpc-java 1.58.0 (pom.xml)"), out);
        assertTrue(out.contains("[ERROR] src/main/java/a/A.java:4:") && out.contains("(grpc-java 1.58.0)"), out);
        assertEquals(1, run("g"), out + err);
        assertTrue(out.contains("[INFO] keepalive-lint: library versions: grpc-java 1.61.0 (build.gradle.kts)"), out);
    }

    @Test
    void theSpringGrpcBomsVersionIsSpringGrpcs() throws Exception {
        // the shape of a project that imports spring-grpc-dependencies with a property and declares the starter bare
        Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(dir.resolve("pom.xml"), "<project><artifactId>m</artifactId>"
            + "<properties><spring-grpc.version>0.12.0</spring-grpc.version></properties>"
            + "<dependencyManagement><dependencies><dependency><groupId>org.springframework.grpc</groupId>"
            + "<artifactId>spring-grpc-dependencies</artifactId><version>${spring-grpc.version}</version>"
            + "<type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>"
            + "<dependencies><dependency><groupId>org.springframework.grpc</groupId>"
            + "<artifactId>spring-grpc-client-spring-boot-starter</artifactId></dependency></dependencies></project>");
        Files.writeString(dir.resolve("src/main/resources/application.properties"),
            "spring.grpc.client.channels.orders.address=static://orders.internal:9090\n"
            + "spring.grpc.client.channels.orders.keep-alive-time=60\n");
        assertEquals(1, run("."), out + err);
        assertTrue(out.contains("[INFO] keepalive-lint: library versions: spring-grpc 0.12.0 (pom.xml)"), out);
        assertFalse(out.contains("spring-grpc's version is unknown"), out);
        assertTrue(out.contains("[ERROR] src/main/resources/application.properties:2:1 keepalive-below-permit-time: ")
            && out.contains("(spring-grpc 0.12.0)"), out);
    }

    @Test
    void theQuarkusPlatformBomsVersionIsQuarkusGrpcs() throws Exception {
        // the code.quarkus.io pom shape: the platform BOM's group, artifact and version are properties, the extension is bare
        Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(dir.resolve("pom.xml"), "<project><artifactId>m</artifactId><properties>"
            + "<quarkus.platform.artifact-id>quarkus-bom</quarkus.platform.artifact-id>"
            + "<quarkus.platform.group-id>io.quarkus.platform</quarkus.platform.group-id>"
            + "<quarkus.platform.version>3.28.2</quarkus.platform.version></properties>"
            + "<dependencyManagement><dependencies><dependency><groupId>${quarkus.platform.group-id}</groupId>"
            + "<artifactId>${quarkus.platform.artifact-id}</artifactId><version>${quarkus.platform.version}</version>"
            + "<type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>"
            + "<dependencies><dependency><groupId>io.quarkus</groupId><artifactId>quarkus-grpc</artifactId></dependency>"
            + "</dependencies></project>");
        Files.writeString(dir.resolve("src/main/resources/application.properties"),
            "quarkus.grpc.clients.ledger.host=ledger.internal\n"
            + "quarkus.grpc.clients.ledger.keep-alive-time=45\n");
        assertEquals(1, run("."), out + err);
        assertTrue(out.contains("[INFO] keepalive-lint: library versions: quarkus-grpc 3.28.2 (pom.xml)"), out);
        assertFalse(out.contains("quarkus-grpc's version is unknown"), out);
        assertTrue(out.contains("[ERROR] src/main/resources/application.properties:2:1 keepalive-below-permit-time: ")
            && out.contains("(quarkus-grpc 3.28.2)"), out);
    }

    @Test
    void serverSpecs() throws Exception {
        DeclaredServer s = ServerOption.parse("id=inventory,target=inventory:*,target=dns:///inventory.prod:443,"
            + "implementation=grpc-java,version=1.68.0,permitKeepAliveTime=30s,permitKeepAliveWithoutCalls=true", 0);
        assertEquals("inventory", s.id());
        assertEquals(List.of("inventory:*", "dns:///inventory.prod:443"), s.targets());
        assertEquals("grpc-java", s.implementation());
        assertEquals("1.68.0", s.version());
        assertEquals(Duration.ofSeconds(30), s.permitKeepAliveTime());
        assertEquals(Boolean.TRUE, s.permitKeepAliveWithoutCalls());
        assertFalse(s.isDefault());
        DeclaredServer d = ServerOption.parse("implementation=grpc-go,default=true", 1);
        assertEquals("#2", d.id());
        assertTrue(d.isDefault());
        assertTrue(d.targets().isEmpty());
        assertEquals(null, d.permitKeepAliveTime());
    }
}
