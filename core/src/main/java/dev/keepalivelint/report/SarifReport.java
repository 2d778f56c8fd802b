package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.ToolInfo;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.RelatedLocation;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Severity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: the tool with every rule it can report, and one result per finding with its location
 * relative to the project base directory (uriBaseId PROJECTROOT).
 */
public final class SarifReport {
    public static final String BASE_ID = "PROJECTROOT";

    private SarifReport() {
    }

    /** The report without documentation links (no published address is known). */
    public static String render(LintResult result, Path baseDir) {
        return render(result, baseDir, null);
    }

    /**
     * @param docsBase where keepalive-lint's docs are published (see {@link ToolInfo#docsUri}); each rule's
     *                 {@code helpUri} is its page under it. Null: no {@code helpUri} rather than a dead link.
     */
    public static String render(LintResult result, Path baseDir, String docsBase) {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.field("version", "2.1.0");
        w.name("runs").beginArray().beginObject();

        w.name("tool").beginObject().name("driver").beginObject();
        w.field("name", ToolInfo.NAME);
        w.field("version", ToolInfo.version());
        String home = ToolInfo.docsUri(docsBase, "README.md");
        if (home != null) {
            w.field("informationUri", home);
        }
        w.name("rules").beginArray();
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<RuleDescriptor> checks = result.rules();
        for (int i = 0; i < checks.size(); i++) {
            RuleDescriptor c = checks.get(i);
            ruleIndex.put(c.id(), i);
            w.beginObject();
            w.field("id", c.id());
            w.field("name", camel(c.id()));
            w.name("shortDescription").beginObject().field("text", c.summary()).endObject();
            w.name("fullDescription").beginObject().field("text", c.help()).endObject();
            w.name("help").beginObject().field("text", c.help()).endObject();
            String help = ToolInfo.docsUri(docsBase, c.docsPath());
            if (help != null) {
                w.field("helpUri", help);
            }
            w.name("defaultConfiguration").beginObject().field("level", level(c.defaultSeverity())).endObject();
            w.endObject();
        }
        w.endArray();
        w.endObject().endObject();

        w.name("originalUriBaseIds").beginObject().name(BASE_ID).beginObject()
            .field("uri", baseUri(baseDir)).endObject().endObject();

        w.name("results").beginArray();
        List<Finding> findings = result.findings();
        List<String> fingerprints = Fingerprints.unique(findings);
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            w.beginObject();
            w.field("ruleId", f.ruleId());
            Integer index = ruleIndex.get(f.ruleId());
            if (index != null) {
                w.field("ruleIndex", index);
            }
            w.field("level", level(f.severity()));
            w.name("message").beginObject().field("text", f.fullMessage()).endObject();
            // Stable across line shifts, so code scanning matches a finding between runs; unique within the run,
            // as code scanning merges results that share one.
            w.name("partialFingerprints").beginObject().field("keepaliveLint/v1", fingerprints.get(i)).endObject();
            w.name("locations").beginArray();
            location(w, f.location(), null);
            w.endArray();
            if (!f.related().isEmpty()) {
                w.name("relatedLocations").beginArray();
                int id = 1;
                for (RelatedLocation r : f.related()) {
                    location(w, r.location(), r.message(), id++);
                }
                w.endArray();
            }
            w.endObject();
        }
        w.endArray();

        w.endObject().endArray();
        w.endObject();
        return w.toString();
    }

    private static void location(JsonWriter w, Location l, String message) {
        location(w, l, message, 0);
    }

    private static void location(JsonWriter w, Location l, String message, int id) {
        w.beginObject();
        if (id > 0) {
            w.field("id", id);
        }
        w.name("physicalLocation").beginObject();
        w.name("artifactLocation").beginObject().field("uri", uri(l.path())).field("uriBaseId", BASE_ID).endObject();
        if (l.line() > 0) {
            w.name("region").beginObject().field("startLine", l.line());
            if (l.column() > 0) {
                w.field("startColumn", l.column());
            }
            w.endObject();
        }
        w.endObject();
        if (message != null) {
            w.name("message").beginObject().field("text", message).endObject();
        }
        w.endObject();
    }

    /**
     * The base directory as an absolute file URI. SARIF (3.14.14) wants it to end with '/', which
     * {@link Path#toUri()} only adds for a directory that exists.
     */
    static String baseUri(Path baseDir) {
        String uri = baseDir.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** A relative path as a URI reference: '/' separated, each segment percent-encoded where needed. */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (char c : path.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128 || "/-._~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append(String.format("%%%02X", b & 0xff));
                }
            }
        }
        return sb.toString();
    }

    static String level(Severity s) {
        switch (s) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "note";
        }
    }

    /** "ping-without-calls" -> "PingWithoutCalls". */
    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
