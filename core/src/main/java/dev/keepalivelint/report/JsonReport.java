package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.ToolInfo;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.RelatedLocation;
import dev.keepalivelint.model.Severity;

/**
 * The plugin's own findings model as JSON, for scripts and dashboards. Every key is always present (null when
 * there is no value, 0 for an unknown line or column), so scripts need not test for missing keys.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(LintResult result) {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.field("tool", ToolInfo.NAME);
        w.field("version", ToolInfo.version());
        w.name("rulesVersion").value(result.rulesVersion());
        w.name("summary").beginObject();
        w.field("errors", result.count(Severity.ERROR));
        w.field("warnings", result.count(Severity.WARNING));
        w.field("notes", result.count(Severity.NOTE));
        w.field("suppressed", result.suppressed().size());
        w.field("filesScanned", result.filesScanned());
        w.field("filesParsed", result.filesParsed());
        w.field("elapsedMillis", result.elapsed().toMillis());
        w.endObject();
        w.name("notes").beginArray();
        result.notes().forEach(w::value);
        w.endArray();
        w.name("findings").beginArray();
        for (Finding f : result.findings()) {
            w.beginObject();
            w.field("ruleId", f.ruleId());
            w.field("severity", f.severity().id());
            w.field("path", f.location().path());
            w.field("line", f.location().line());
            w.field("column", f.location().column());
            w.field("message", f.message());
            w.name("fix").value(f.fix());
            w.field("fingerprint", f.fingerprint());
            w.name("related").beginArray();
            for (RelatedLocation r : f.related()) {
                w.beginObject();
                w.field("path", r.location().path());
                w.field("line", r.location().line());
                w.field("column", r.location().column());
                w.field("message", r.message());
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString();
    }
}
