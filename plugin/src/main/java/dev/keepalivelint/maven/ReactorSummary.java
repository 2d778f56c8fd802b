package dev.keepalivelint.maven;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.RelatedLocation;
import dev.keepalivelint.model.Severity;
import dev.keepalivelint.report.ConsoleReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;

/**
 * Collects each module's result in a multi-module build (also with {@code -T}) so that the last module to
 * finish can print one summary for the whole reactor and, on request, write an aggregate SARIF report.
 * Modules of one build share the execution request, which keys the state; the state is weakly held so that
 * embedded or repeated builds in one JVM do not leak.
 */
final class ReactorSummary {
    static final String PLUGIN_KEY = "dev.keepalivelint:keepalive-lint-maven-plugin";

    /** One build's modules: which will run the check and what each found. */
    private static final class Build {
        final Set<String> expected;
        final Map<String, LintResult> results = new LinkedHashMap<>();
        final Map<String, Path> baseDirs = new LinkedHashMap<>();
        boolean done;

        Build(Set<String> expected) {
            this.expected = expected;
        }
    }

    private static final Map<Object, Build> BUILDS = new WeakHashMap<>();

    /** A finished reactor: every module's result, for the summary and the aggregate report. */
    static final class Reactor {
        final Map<String, LintResult> results;
        final Map<String, Path> baseDirs;

        Reactor(Map<String, LintResult> results, Map<String, Path> baseDirs) {
            this.results = results;
            this.baseDirs = baseDirs;
        }
    }

    private ReactorSummary() {
    }

    /**
     * Records a module's result (null when skipped). Returns the whole reactor when this was the last module of
     * a multi-module build to run the check, else null.
     */
    static Reactor record(MavenSession session, MavenProject project, LintResult result) {
        if (session == null || session.getRequest() == null || session.getProjects() == null) {
            return null;
        }
        synchronized (BUILDS) {
            Build build = BUILDS.computeIfAbsent(session.getRequest(), k -> new Build(expected(session)));
            String id = project.getGroupId() + ":" + project.getArtifactId();
            if (result != null) {
                build.results.put(id, result);
                build.baseDirs.put(id, project.getBasedir().toPath());
            }
            build.expected.remove(id);
            if (!build.expected.isEmpty() || build.done || session.getProjects().size() < 2) {
                return null;
            }
            build.done = true;
            return new Reactor(Collections.unmodifiableMap(new LinkedHashMap<>(build.results)),
                Collections.unmodifiableMap(new LinkedHashMap<>(build.baseDirs)));
        }
    }

    /** The modules that will run the check: all of them when it was asked for on the command line. */
    private static Set<String> expected(MavenSession session) {
        boolean onCommandLine = session.getGoals().stream()
            .anyMatch(g -> (g.startsWith("keepalive-lint:") || g.startsWith(PLUGIN_KEY + ":")) && g.endsWith("check"));
        Set<String> ids = new TreeSet<>();
        for (MavenProject p : session.getProjects()) {
            if (onCommandLine || bindsCheck(p)) {
                ids.add(p.getGroupId() + ":" + p.getArtifactId());
            }
        }
        return ids;
    }

    private static boolean bindsCheck(MavenProject p) {
        for (Plugin plugin : p.getBuildPlugins()) {
            if (!plugin.getKey().equals(PLUGIN_KEY)) {
                continue;
            }
            for (PluginExecution e : plugin.getExecutions()) {
                if (e.getGoals().contains("check")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "keepalive-lint reactor summary: 3 modules, 1 error, 1 warning, 0 notes" and a line per module. */
    static List<String> lines(Reactor reactor) {
        long errors = 0;
        long warnings = 0;
        long notes = 0;
        long suppressed = 0;
        int files = 0;
        Duration time = Duration.ZERO;
        List<String> modules = new ArrayList<>();
        for (Map.Entry<String, LintResult> e : reactor.results.entrySet()) {
            LintResult r = e.getValue();
            errors += r.count(Severity.ERROR);
            warnings += r.count(Severity.WARNING);
            notes += r.count(Severity.NOTE);
            suppressed += r.suppressed().size();
            files += r.filesScanned();
            time = time.plus(r.elapsed());
            modules.add("  " + e.getKey() + ": " + ConsoleReport.summary(r).replaceFirst("^keepalive-lint: ", ""));
        }
        List<String> out = new ArrayList<>();
        out.add(String.format(java.util.Locale.ROOT,
            "keepalive-lint reactor summary: %d modules, %s, %s, %s%s; %d files scanned in %.2f s",
            reactor.results.size(), ConsoleReport.plural(errors, "error"), ConsoleReport.plural(warnings, "warning"),
            ConsoleReport.plural(notes, "note"), suppressed == 0 ? "" : " (" + suppressed + " suppressed)", files,
            time.toNanos() / 1e9));
        out.addAll(modules);
        return out;
    }

    /** All modules' findings in one result, with paths relative to {@code root}. */
    static LintResult aggregate(Reactor reactor, Path root) {
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        LintResult any = null;
        int scanned = 0;
        int parsed = 0;
        Duration time = Duration.ZERO;
        for (Map.Entry<String, LintResult> e : reactor.results.entrySet()) {
            LintResult r = e.getValue();
            any = r;
            String prefix = relative(root, reactor.baseDirs.get(e.getKey()));
            r.findings().forEach(f -> findings.add(rebase(f, prefix)));
            r.suppressed().forEach(f -> suppressed.add(rebase(f, prefix)));
            scanned += r.filesScanned();
            parsed += r.filesParsed();
            time = time.plus(r.elapsed());
        }
        if (any == null) {
            return null;
        }
        return new LintResult(findings, suppressed, any.rules(), any.notes(), any.rulesVersion(), scanned, parsed, time);
    }

    private static String relative(Path root, Path module) {
        Path rel = root.toAbsolutePath().normalize().relativize(module.toAbsolutePath().normalize());
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? "" : s + "/";
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
