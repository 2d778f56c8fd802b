package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import java.io.IOException;
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

    /**
     * Whether to print annotations: {@code github} forces them, {@code none} turns them off, anything else
     * (auto) prints them when running in GitHub Actions.
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
    private static String prefix(Path module, Path workspace) {
        if (workspace == null) {
            return "";
        }
        // The paths as written first: that is how the repository sees a module reached through a link. Then with
        // links resolved, for a workspace given through a link (macOS /var, some self-hosted runners).
        Path m = module.toAbsolutePath().normalize();
        Path w = workspace.toAbsolutePath().normalize();
        if (!m.startsWith(w)) {
            m = real(m);
            w = real(w);
        }
        if (!m.startsWith(w)) {
            return "";
        }
        String rel = w.relativize(m).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
    }

    /** The path with symbolic links resolved, or the path itself when it does not exist. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p;
        }
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
