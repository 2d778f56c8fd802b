package dev.keepalivelint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The linter's own name, version and documentation address, for reports. */
public final class ToolInfo {
    public static final String NAME = "keepalive-lint";
    private static final String VERSION = readVersion();

    private ToolInfo() {
    }

    public static String version() {
        return VERSION;
    }

    /**
     * The published address of a documentation page, or null when no base is known. keepalive-lint has no
     * public home yet, so nothing is assumed: the user (or whoever publishes the docs) names the base, for
     * example the repository's web view of its default branch, and pages are {@code docs/rules/<id>.md} under it.
     *
     * @param docsBase where the sources' {@code docs/} and README are published, or null
     * @param docsPath the page's path in the sources ({@code docs/rules/ping-without-calls.md})
     */
    public static String docsUri(String docsBase, String docsPath) {
        if (docsBase == null || docsBase.isBlank()) {
            return null;
        }
        String base = docsBase.trim();
        return (base.endsWith("/") ? base : base + "/") + docsPath;
    }

    private static String readVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("keepalive-lint.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
