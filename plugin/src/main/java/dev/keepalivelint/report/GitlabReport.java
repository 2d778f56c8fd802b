package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import java.util.HashMap;
import java.util.Map;

/**
 * GitLab Code Quality JSON: one issue per finding with a fingerprint that stays the same while the finding
 * does (it does not depend on the line), so merge requests show new and fixed findings.
 */
public final class GitlabReport {
    private GitlabReport() {
    }

    public static String render(LintResult result) {
        JsonWriter w = new JsonWriter();
        w.beginArray();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : result.findings()) {
            // Two findings about the same thing in one file get distinct, still stable, fingerprints.
            int occurrence = seen.merge(f.fingerprint(), 1, Integer::sum);
            String fingerprint = occurrence == 1 ? f.fingerprint() : f.fingerprint() + "-" + occurrence;
            w.beginObject();
            w.field("description", f.fullMessage());
            w.field("check_name", f.ruleId());
            w.field("fingerprint", fingerprint);
            w.field("severity", severity(f));
            w.name("location").beginObject();
            w.field("path", f.location().path());
            w.name("lines").beginObject().field("begin", Math.max(1, f.location().line())).endObject();
            w.endObject();
            w.endObject();
        }
        w.endArray();
        return w.toString();
    }

    private static String severity(Finding f) {
        switch (f.severity()) {
            case ERROR: return "critical";
            case WARNING: return "minor";
            default: return "info";
        }
    }
}
