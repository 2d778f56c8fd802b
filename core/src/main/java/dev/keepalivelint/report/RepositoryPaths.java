package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.RelatedLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Paths as the repository sees them. The engine reports paths relative to the module it linted; code scanning,
 * merge-request widgets and annotations resolve paths against the repository root, so a module in
 * {@code services/orders} must report {@code services/orders/src/...}.
 */
public final class RepositoryPaths {
    private RepositoryPaths() {
    }

    /**
     * The repository root: {@code GITHUB_WORKSPACE} or {@code CI_PROJECT_DIR} when the CI says, else the nearest
     * directory at or above {@code start} that holds {@code .git} (a directory, or a file in a worktree or
     * submodule), else {@code fallback}.
     */
    public static Path root(Map<String, String> env, Path start, Path fallback) {
        for (String variable : new String[] {"GITHUB_WORKSPACE", "CI_PROJECT_DIR"}) {
            String value = env == null ? null : env.get(variable);
            if (value != null && !value.isBlank()) {
                return Path.of(value).toAbsolutePath().normalize();
            }
        }
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return fallback.toAbsolutePath().normalize();
    }

    /** The module's path inside the root, with a trailing '/', or "" when it is the root or not inside it. */
    public static String prefix(Path module, Path root) {
        if (root == null) {
            return "";
        }
        // The paths as written first: that is how the repository sees a module reached through a link. Then with
        // links resolved, for a root given through a link (macOS /var, some self-hosted runners).
        Path m = module.toAbsolutePath().normalize();
        Path w = root.toAbsolutePath().normalize();
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

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p;
        }
    }

    /** The result with {@code prefix} before every path (findings, suppressed findings, related locations). */
    public static LintResult rebase(LintResult r, String prefix) {
        if (prefix.isEmpty()) {
            return r;
        }
        List<Finding> findings = new ArrayList<>();
        r.findings().forEach(f -> findings.add(rebase(f, prefix)));
        List<Finding> suppressed = new ArrayList<>();
        r.suppressed().forEach(f -> suppressed.add(rebase(f, prefix)));
        return r.withFindings(findings, suppressed);
    }

    /** Several modules' results (already relative to one root) as one, for the aggregate reports. */
    public static LintResult combine(List<LintResult> results) {
        if (results.isEmpty()) {
            return null;
        }
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        int scanned = 0;
        int parsed = 0;
        java.time.Duration time = java.time.Duration.ZERO;
        List<String> notes = new ArrayList<>();
        for (LintResult r : results) {
            findings.addAll(r.findings());
            suppressed.addAll(r.suppressed());
            scanned += r.filesScanned();
            parsed += r.filesParsed();
            time = time.plus(r.elapsed());
        }
        LintResult any = results.get(0);
        return new LintResult(findings, suppressed, any.rules(), notes, any.rulesVersion(), scanned, parsed, time);
    }

    private static Finding rebase(Finding f, String prefix) {
        List<RelatedLocation> related = new ArrayList<>();
        for (RelatedLocation r : f.related()) {
            related.add(new RelatedLocation(rebase(r.location(), prefix), r.message()));
        }
        return new Finding(f.ruleId(), f.severity(), rebase(f.location(), prefix), f.message(), f.fix(), related,
            f.subject());
    }

    private static Location rebase(Location l, String prefix) {
        return new Location(prefix + l.path(), l.line(), l.column());
    }
}
