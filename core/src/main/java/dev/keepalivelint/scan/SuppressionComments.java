package dev.keepalivelint.scan;

import dev.keepalivelint.model.Suppression;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code keepalive-lint:ignore <rule-id>[, <rule-id>] [-- reason]} comments ({@code //} in Java,
 * {@code #} in YAML and .properties). A comment covers its own line and the line below, so it can stand at
 * the end of the offending line or on the line above it. Without a rule id it covers every rule.
 */
public final class SuppressionComments {
    private static final Pattern JAVA = Pattern.compile("//\\s*keepalive-lint:ignore\\b(.*)$");
    private static final Pattern HASH = Pattern.compile("(?:^|\\s)[#!]\\s*keepalive-lint:ignore\\b(.*)$");

    private SuppressionComments() {
    }

    public static List<Suppression> inJava(String path, String text) {
        return find(path, text, JAVA, "keepalive-lint:ignore");
    }

    public static List<Suppression> inConfig(String path, String text) {
        return find(path, text, HASH, "keepalive-lint:ignore");
    }

    private static List<Suppression> find(String path, String text, Pattern pattern, String marker) {
        List<Suppression> out = new ArrayList<>();
        if (!text.contains(marker)) {
            return out;
        }
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = pattern.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            String rest = m.group(1);
            String reason = null;
            int dashes = rest.indexOf("--");
            if (dashes >= 0) {
                reason = rest.substring(dashes + 2).trim();
                rest = rest.substring(0, dashes);
            }
            out.add(new Suppression(path, i + 1, i + 2, ruleIds(rest), reason == null || reason.isEmpty() ? null : reason));
        }
        return out;
    }

    /** "ping-without-calls, keepalive-below-permit-time" -> the ids; blank -> empty (all rules). */
    public static Set<String> ruleIds(String text) {
        Set<String> ids = new LinkedHashSet<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                ids.add(part.trim());
            }
        }
        return ids;
    }
}
