package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import java.util.List;

/**
 * GitLab Code Quality JSON: one issue per finding with a fingerprint that stays the same while the finding
 * does (it does not depend on the line), so merge requests show new and fixed findings.
 */
public final class GitlabReport {
    private GitlabReport() {
    }

    public static String render(LintResult result) {
        List<Finding> findings = result.findings();
        // GitLab keeps one issue per fingerprint, so repeats within the report get their own.
        List<String> fingerprints = Fingerprints.unique(findings);
        JsonWriter w = new JsonWriter();
        w.beginArray();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            w.beginObject();
            w.field("description", f.fullMessage());
            w.field("check_name", f.ruleId());
            w.field("fingerprint", fingerprints.get(i));
            w.field("severity", severity(f));
            w.name("location").beginObject();
            w.field("path", f.location().path());
            // GitLab needs a line; a finding about a whole file (line 0) points at its first.
            w.name("lines").beginObject().field("begin", Math.max(1, f.location().line())).endObject();
            w.endObject();
            w.endObject();
        }
        w.endArray();
        return w.toString();
    }

    /** GitLab's scale is blocker, critical, major, minor, info; nothing we report blocks a merge by itself. */
    private static String severity(Finding f) {
        switch (f.severity()) {
            case ERROR: return "critical";
            case WARNING: return "minor";
            default: return "info";
        }
    }
}
