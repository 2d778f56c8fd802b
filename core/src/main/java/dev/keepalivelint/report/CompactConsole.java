package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console's default, compact form: one line per finding ({@code file:line:col rule: what — fix [server N]}),
 * the explanation of each server assumed once per run instead of once per finding, a count per rule with its
 * documentation page, and the summary. {@link ConsoleReport#render} is the long form (every sentence of every
 * finding), for {@code verbose}.
 */
public final class CompactConsole {
    /** How a finding's message introduces the server it was checked against (check.Phrases#meets writes it). */
    static final String SERVER_ASSUMED = " Server assumed: ";

    private CompactConsole() {
    }

    /**
     * @param docsBase where the rule pages are published (ending in '/'), or null: the table then names each page
     *                 by its path in keepalive-lint's sources, {@code docs/rules/<id>.md}
     */
    public static List<ConsoleReport.Line> render(LintResult result, String docsBase) {
        List<ConsoleReport.Line> lines = new ArrayList<>(ConsoleReport.notes(result));
        Map<String, Integer> servers = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            Parts p = Parts.of(f);
            StringBuilder line = new StringBuilder(ConsoleReport.compactPosition(f.location())).append(' ')
                .append(f.ruleId()).append(": ").append(p.what);
            if (p.fix != null) {
                line.append(" \u2014 ").append(p.fix);
            }
            if (p.server != null) {
                int n = servers.computeIfAbsent(p.server, k -> servers.size() + 1);
                line.append(" [server ").append(n).append(']');
            }
            lines.add(new ConsoleReport.Line(f.severity(), line.toString()));
        }
        for (Map.Entry<String, Integer> e : servers.entrySet()) {
            lines.add(new ConsoleReport.Line(null, "keepalive-lint: [server " + e.getValue() + "] " + e.getKey()));
        }
        lines.addAll(ruleTable(result, docsBase));
        lines.add(new ConsoleReport.Line(null, ConsoleReport.summary(result)));
        return lines;
    }

    /** A count per rule that has findings, with its page: "  ping-without-calls  2 errors  docs/rules/...". */
    static List<ConsoleReport.Line> ruleTable(LintResult result, String docsBase) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Finding f : result.findings()) {
            counts.computeIfAbsent(f.ruleId(), k -> new long[3])[f.severity().ordinal()]++;
        }
        List<ConsoleReport.Line> out = new ArrayList<>();
        if (counts.isEmpty()) {
            return out;
        }
        out.add(new ConsoleReport.Line(null, "keepalive-lint: findings by rule, each with its documentation:"));
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            List<String> parts = new ArrayList<>();
            if (c[Severity.ERROR.ordinal()] > 0) {
                parts.add(ConsoleReport.plural(c[Severity.ERROR.ordinal()], "error"));
            }
            if (c[Severity.WARNING.ordinal()] > 0) {
                parts.add(ConsoleReport.plural(c[Severity.WARNING.ordinal()], "warning"));
            }
            if (c[Severity.NOTE.ordinal()] > 0) {
                parts.add(ConsoleReport.plural(c[Severity.NOTE.ordinal()], "note"));
            }
            String counted = String.join(", ", parts);
            out.add(new ConsoleReport.Line(null, "keepalive-lint:   " + pad(e.getKey(), width) + "  "
                + pad(counted, 10) + "  " + docs(result, e.getKey(), docsBase)));
        }
        return out;
    }

    /** The rule's page: the published address when {@code docsBase} is set, else its path in the sources. */
    public static String docs(LintResult result, String ruleId, String docsBase) {
        String path = "docs/rules/" + ruleId + ".md";
        for (RuleDescriptor d : result.rules()) {
            if (d.id().equals(ruleId)) {
                path = d.docsPath();
            }
        }
        return docsBase == null || docsBase.isBlank() ? path : withSlash(docsBase) + path;
    }

    static String withSlash(String base) {
        return base.endsWith("/") ? base : base + "/";
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** A finding's message cut into what is wrong, the server it met and the first sentence of the fix. */
    static final class Parts {
        final String what;
        final String server;
        final String fix;

        private Parts(String what, String server, String fix) {
            this.what = what;
            this.server = server;
            this.fix = fix;
        }

        static Parts of(Finding f) {
            String m = f.message();
            String fix = f.fix() == null || f.fix().isBlank() ? null : firstSentence(f.fix().trim());
            int at = m.indexOf(SERVER_ASSUMED);
            if (at < 0) {
                return new Parts(m, null, fix);
            }
            String what = m.substring(0, at);
            String rest = m.substring(at + 1);
            int end = rest.indexOf(". ", rest.indexOf("; it "));
            String server = end < 0 ? rest : rest.substring(0, end + 1);
            String after = end < 0 ? "" : rest.substring(end + 2);
            // what follows the server is what the server does (the rule's page says it) and notes, which stay
            int note = after.indexOf("Note: ");
            if (note >= 0) {
                what = what + " " + after.substring(note);
            }
            return new Parts(what, server.substring("Server assumed: ".length()), fix);
        }

        /** Up to the first ". " before a capital letter, the rest being alternatives the long form lists. */
        static String firstSentence(String s) {
            for (int i = s.indexOf(". "); i >= 0; i = s.indexOf(". ", i + 1)) {
                if (i + 2 < s.length() && Character.isUpperCase(s.charAt(i + 2))) {
                    return s.substring(0, i + 1);
                }
            }
            return s;
        }
    }
}
