package dev.keepalivelint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The linter's own name, version and documentation address, for reports. */
public final class ToolInfo {
    public static final String NAME = "keepalive-lint";
    /** Where rule documentation lives; each rule has an anchor named after its id. */
    public static final String README_URI = "https://github.com/keepalive-lint/keepalive-lint/blob/main/README.md";

    private static final String VERSION = readVersion();

    private ToolInfo() {
    }

    public static String version() {
        return VERSION;
    }

    /** The README section documenting a rule. */
    public static String helpUri(String ruleId) {
        return README_URI + "#" + ruleId;
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
