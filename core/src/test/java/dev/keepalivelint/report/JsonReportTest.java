package dev.keepalivelint.report;

import static dev.keepalivelint.report.SarifReportTest.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.ToolInfo;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.RelatedLocation;
import dev.keepalivelint.model.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plugin's own JSON model, parsed back (JSON is YAML, so SnakeYAML's safe loader reads it). */
class JsonReportTest {

    @Test
    void engineResult() {
        LintResult r = LintFixtures.lint("pairing-old-server", "io.grpc:grpc-netty:1.83.1");
        Map<String, Object> json = SarifReportTest.parse(JsonReport.render(r));
        assertEquals("keepalive-lint", get(json, "tool"));
        assertEquals(ToolInfo.version(), get(json, "version"));
        assertEquals(r.rulesVersion(), get(json, "rulesVersion"));
        assertEquals(1, (int) get(json, "summary", "errors"));
        assertEquals(r.filesScanned(), (int) get(json, "summary", "filesScanned"));
        assertEquals(r.filesParsed(), (int) get(json, "summary", "filesParsed"));
        assertEquals(r.elapsed().toMillis(), ((Number) get(json, "summary", "elapsedMillis")).longValue());
        Finding f = r.findings().get(0);
        assertEquals(f.ruleId(), get(json, "findings", 0, "ruleId"));
        assertEquals("error", get(json, "findings", 0, "severity"));
        assertEquals(f.location().path(), get(json, "findings", 0, "path"));
        assertEquals(f.location().line(), (int) get(json, "findings", 0, "line"));
        assertEquals(f.location().column(), (int) get(json, "findings", 0, "column"));
        assertEquals(f.message(), get(json, "findings", 0, "message"), "the message without the fix");
        assertEquals(f.fix(), get(json, "findings", 0, "fix"));
        assertEquals(f.fingerprint(), get(json, "findings", 0, "fingerprint"));
        RelatedLocation rel = f.related().get(0);
        assertEquals(rel.location().path(), get(json, "findings", 0, "related", 0, "path"));
        assertEquals(rel.location().line(), (int) get(json, "findings", 0, "related", 0, "line"));
        assertEquals(rel.location().column(), (int) get(json, "findings", 0, "related", 0, "column"));
        assertEquals(rel.message(), get(json, "findings", 0, "related", 0, "message"));
    }

    @Test
    void everyKeyIsAlwaysThere() {
        Finding note = new Finding("unresolved-value", Severity.NOTE, Location.ofFile("app.yml"),
            "value \"${x}\"\n\tunknown \\ here", null, List.of(), "x");
        Finding warning = new Finding("unreadable-input", Severity.WARNING, new Location("b.yml", 2, 3), "w", "f",
            List.of(), "y");
        Finding suppressed = new Finding("ping-without-calls", Severity.ERROR, new Location("c.java", 1, 1), "s",
            null, List.of(), "z");
        LintResult r = new LintResult(List.of(note, warning), List.of(suppressed), List.of(), List.of("assumed 1.2"),
            null, 7, 2, Duration.ofMillis(1234));
        Map<String, Object> json = SarifReportTest.parse(JsonReport.render(r));
        assertTrue(json.containsKey("rulesVersion"));
        assertNull(json.get("rulesVersion"));
        assertEquals(Map.of("errors", 0, "warnings", 1, "notes", 1, "suppressed", 1, "filesScanned", 7,
            "filesParsed", 2, "elapsedMillis", 1234), get(json, "summary"));
        assertEquals(List.of("assumed 1.2"), get(json, "notes"));
        Map<String, Object> first = get(json, "findings", 0);
        assertEquals(note.message(), first.get("message"), "quotes, line breaks, tabs and backslashes survive");
        assertEquals("note", first.get("severity"));
        assertEquals(0, (int) first.get("line"), "unknown line");
        assertEquals(0, (int) first.get("column"), "unknown column");
        assertTrue(first.containsKey("fix"));
        assertNull(first.get("fix"));
        assertEquals(List.of(), first.get("related"));
        assertEquals("warning", get(json, "findings", 1, "severity"));
        assertEquals(2, ((List<?>) get(json, "findings")).size(), "suppressed findings are only counted");
    }
}
