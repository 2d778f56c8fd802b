package dev.keepalivelint.scan.infra;

import dev.keepalivelint.scan.config.ConfigScanner;
import java.util.regex.Pattern;

/**
 * Makes a Helm template string (mimir.config, loki.config) readable as YAML without rendering it: a line that
 * is only a template action ({{- if ... }}, {{- toYaml ... | nindent 4 }}) becomes blank, so line numbers stay,
 * and an action inside a line becomes a marker the configuration scanner treats as an unknown value.
 */
final class TemplateText {
    private static final Pattern ACTION = Pattern.compile("\\{\\{.*?}}");

    private TemplateText() {
    }

    static String readable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("{{") && trimmed.endsWith("}}") && ACTION.matcher(trimmed).replaceAll("").trim().isEmpty()) {
                out.append('\n');
                continue;
            }
            out.append(ACTION.matcher(line).replaceAll(ConfigScanner.TEMPLATED)).append('\n');
        }
        return out.toString();
    }
}
