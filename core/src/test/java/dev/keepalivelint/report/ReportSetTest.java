package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report formats every adapter offers: ids, default file names, renderers. */
class ReportSetTest {
    @TempDir
    Path dir;

    @Test
    void parsesCommaListsCaseAndBlanksIgnoredRepeatsOnce() {
        ReportSet set = ReportSet.parse(List.of("SARIF, json", " ,checkstyle", "json"));
        assertEquals(List.of("sarif", "json", "checkstyle"), List.copyOf(set.formats()));
        assertTrue(set.contains("json"));
        assertEquals(List.of("sarif", "checkstyle", "gitlab", "json"), ReportSet.knownFormats());
    }

    @Test
    void anUnknownFormatIsNamedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ReportSet.parse(List.of("sarif,html")));
        assertEquals("unknown report format 'html'; formats are [sarif, checkstyle, gitlab, json]", e.getMessage());
    }

    @Test
    void eachFormatHasItsFileNameAndRendersTheFindings() throws Exception {
        Path project = LintFixtures.project("etcd-defaults");
        LintResult result = LintFixtures.lint("etcd-defaults", "io.etcd:jetcd-core:0.8.6");
        assertEquals(1, result.findings().size(), result.findings().toString());
        assertEquals(dir.resolve("keepalive-lint.sarif"), ReportSet.defaultFile("sarif", dir));
        assertEquals(dir.resolve("keepalive-lint-checkstyle.xml"), ReportSet.defaultFile("checkstyle", dir));
        assertEquals(dir.resolve("keepalive-lint-gitlab.json"), ReportSet.defaultFile("gitlab", dir));
        assertEquals(dir.resolve("keepalive-lint.json"), ReportSet.defaultFile("json", dir));
        for (String format : ReportSet.knownFormats()) {
            Path file = ReportSet.defaultFile(format, dir.resolve("nested"));
            ReportSet.write(file, ReportSet.render(format, result, project));
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains("ping-without-calls"), format + ": " + text);
            assertTrue(text.contains("LockManager.java"), format + ": " + text);
        }
        assertEquals(SarifReport.render(result, project), ReportSet.render("sarif", result, project));
        assertEquals(CheckstyleReport.render(result), ReportSet.render("checkstyle", result, project));
    }
}
