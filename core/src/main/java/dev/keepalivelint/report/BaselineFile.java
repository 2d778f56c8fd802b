package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.baseline.Baseline;
import dev.keepalivelint.model.Finding;

/**
 * Writes the baseline file: the findings a team accepted when switching the check on. Reading it and matching
 * findings against it is {@link Baseline}'s job, which the engine does (this package renders results, so the
 * engine must not depend on it).
 */
public final class BaselineFile {
    /** Default file name, in the module's base directory. */
    public static final String DEFAULT_NAME = Baseline.DEFAULT_NAME;
    private static final int FORMAT = 1;

    private BaselineFile() {
    }

    /** The JSON written by the baseline goal: the tool, the format and every finding with its fingerprint. */
    public static String render(LintResult result) {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.field("tool", "keepalive-lint");
        w.field("format", FORMAT);
        w.name("findings").beginArray();
        for (Finding f : result.findings()) {
            w.beginObject();
            w.field("ruleId", f.ruleId());
            w.field("path", f.location().path());
            w.field("fingerprint", f.fingerprint());
            w.field("line", f.location().line());
            w.field("message", f.message());
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString();
    }
}
