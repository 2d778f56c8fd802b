package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands, one per finding ({@code ::error file=...,line=...::message}), so that
 * findings show up as annotations on the pull request. Paths are relative to the repository root (the
 * workspace), not to the module.
 */
public final class GithubAnnotations {
    private GithubAnnotations() {
    }

    /** The values of the {@code annotations} setting. */
    public static final List<String> SETTINGS = List.of("auto", "github", "none");

    /**
     * GitHub keeps this many annotations of one level (error, warning, notice) per step; the rest are dropped
     * without a word (actions/toolkit#734).
     */
    public static final int PER_LEVEL = 10;

    /**
     * Whether to print annotations: {@code github} forces them, {@code none} turns them off, {@code auto} prints
     * them when running in GitHub Actions. Any other value is a mistake the adapter reports (see
     * {@link #SETTINGS}); here it counts as auto.
     */
    public static boolean enabled(Map<String, String> env, String setting) {
        if ("github".equalsIgnoreCase(setting)) {
            return true;
        }
        if ("none".equalsIgnoreCase(setting)) {
            return false;
        }
        return env != null && "true".equalsIgnoreCase(env.get("GITHUB_ACTIONS"));
    }

    /** True when {@code setting} is one of {@link #SETTINGS} (any case). */
    public static boolean known(String setting) {
        return setting != null && SETTINGS.contains(setting.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Hands out GitHub's per-level allowance over a whole build (one step may run many modules): the first
     * {@code PER_LEVEL - 1} annotations of a level are printed at once; the rest are held, and {@link #finish()}
     * prints the last one when it is the only one held, or one annotation saying how many more there are, so a
     * level never exceeds {@code PER_LEVEL} and nothing is dropped without a word. Thread-safe.
     */
    public static final class Budget {
        private final Map<String, List<String>> held = new java.util.LinkedHashMap<>();
        private final Map<String, Integer> shown = new java.util.HashMap<>();

        /** The commands to print now, out of {@code commands}; the others are held. */
        public synchronized List<String> take(List<String> commands) {
            List<String> now = new ArrayList<>();
            for (String c : commands) {
                String level = c.substring(2, c.indexOf(' '));
                int n = shown.getOrDefault(level, 0);
                if (n < PER_LEVEL - 1) {
                    shown.put(level, n + 1);
                    now.add(c);
                } else {
                    held.computeIfAbsent(level, k -> new ArrayList<>()).add(c);
                }
            }
            return now;
        }

        /** What is left to print at the end of the build. */
        public synchronized List<String> finish() {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : held.entrySet()) {
                List<String> rest = e.getValue();
                if (rest.size() == 1) {
                    out.add(rest.get(0));
                } else {
                    String word = e.getKey().equals("notice") ? "note" : e.getKey();
                    out.add("::" + e.getKey() + " title=" + property("keepalive-lint: " + rest.size() + " more") + "::"
                        + data(rest.size() + " more " + word + "s are not shown as annotations (GitHub shows "
                        + PER_LEVEL + " per level in a step); the build log, the job summary and the reports list "
                        + "them all."));
                }
            }
            held.clear();
            return out;
        }
    }

    /**
     * @param moduleBaseDir the directory finding paths are relative to
     * @param workspace     the repository root (GITHUB_WORKSPACE); paths are rewritten relative to it
     */
    public static List<String> render(LintResult result, Path moduleBaseDir, Path workspace) {
        String prefix = prefix(moduleBaseDir, workspace);
        List<String> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            Location l = f.location();
            StringBuilder sb = new StringBuilder("::").append(command(f)).append(" file=")
                .append(property(prefix + l.path()));
            if (l.line() > 0) {
                sb.append(",line=").append(l.line());
                if (l.column() > 0) {
                    sb.append(",col=").append(l.column());
                }
                sb.append(",endLine=").append(l.line());
            }
            sb.append(",title=").append(property("keepalive-lint " + f.ruleId()));
            sb.append("::").append(data(f.fullMessage()));
            out.add(sb.toString());
        }
        return out;
    }

    private static String command(Finding f) {
        switch (f.severity()) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "notice";
        }
    }

    /** The module's path inside the workspace, with a trailing '/', or "" when it is not inside. */
    static String prefix(Path module, Path workspace) {
        return RepositoryPaths.prefix(module, workspace);
    }

    /** Escapes a message as the runner expects (toolkit/core command.ts escapeData). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value (escapeProperty): also ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
