package dev.keepalivelint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.scan.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sourceExcludes drops Java files by glob (generated code); the progress callback hears how far the scan is. */
class SourceExcludesAndProgressTest {
    @TempDir
    Path project;

    private static final String CHANNEL = "import io.grpc.ManagedChannelBuilder;\nimport java.util.concurrent.TimeUnit;\n\n"
        + "class %s {\n    Object open() {\n        return ManagedChannelBuilder.forTarget(\"dns:///a.internal:443\")"
        + ".keepAliveTime(30, TimeUnit.SECONDS).build();\n    }\n}\n";

    @BeforeEach
    void write() throws IOException {
        file("src/main/java/com/acme/Hand.java", "package com.acme;\n\n" + String.format(CHANNEL, "Hand"));
        file("src/main/java/com/acme/generated/Gen.java", "package com.acme.generated;\n\n" + String.format(CHANNEL, "Gen"));
        file("src/main/java/com/acme/Other.java", "package com.acme;\n\nclass Other {\n}\n");
    }

    private void file(String path, String text) throws IOException {
        Path p = project.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private LintRequest.Builder request() {
        return LintRequest.builder(project).javaSourceRoot(project.resolve("src/main/java")).threads(1);
    }

    @Test
    void excludedJavaFilesAreNotScanned() {
        LintResult all = LintFixtures.lint(request().build());
        assertEquals(2, LintFixtures.of(all, "keepalive-below-permit-time").size());
        LintResult excluded = LintFixtures.lint(request().sourceExclude("**/generated/**").build());
        LintFixtures.single(excluded, "keepalive-below-permit-time", "src/main/java/com/acme/Hand.java", 8);
        assertEquals(1, excluded.findings().size());
        assertEquals(2, excluded.filesScanned(), "Gen.java is not even scanned");
    }

    @Test
    void progressIsReportedWhileScanningAndNotForAShortScan() {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        LintFixtures.lint(request().progress(Progress.throttled(lines::add, Duration.ZERO, Duration.ZERO)).build());
        assertTrue(!lines.isEmpty() && lines.get(0).matches("keepalive-lint: [12]/3 Java files scanned \\(\\d+ s\\)"),
            lines.toString());
        List<String> quiet = new ArrayList<>();
        LintFixtures.lint(request().progress(Progress.throttled(quiet::add, Duration.ofMinutes(5), Duration.ZERO)).build());
        assertTrue(quiet.isEmpty(), "a scan shorter than the quiet time prints nothing: " + quiet);
    }
}
