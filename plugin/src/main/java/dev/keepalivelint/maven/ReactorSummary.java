package dev.keepalivelint.maven;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Severity;
import dev.keepalivelint.report.ConsoleReport;
import dev.keepalivelint.report.GithubAnnotations;
import dev.keepalivelint.report.RepositoryPaths;
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
 * Collects each module's result in a multi-module build (also with {@code -T}) so that the reactor's findings
 * are complete whatever the failure mode: a module with findings does not fail at once (Maven's fail-fast would
 * then skip every later module), the last module to run the check prints one summary, and the build fails
 * there, once, naming every module with findings. Modules of one build share the execution request, which keys
 * the state; the state is weakly held so that embedded or repeated builds in one JVM do not leak.
 */
final class ReactorSummary {
    static final String PLUGIN_KEY = "dev.keepalivelint:keepalive-lint-maven-plugin";

    /** Maven's default lifecycle, in order: a check bound to a phase runs when the build reaches it. */
    private static final List<String> DEFAULT_LIFECYCLE = List.of("validate", "initialize", "generate-sources",
        "process-sources", "generate-resources", "process-resources", "compile", "process-classes",
        "generate-test-sources", "process-test-sources", "generate-test-resources", "process-test-resources",
        "test-compile", "process-test-classes", "test", "prepare-package", "package", "pre-integration-test",
        "integration-test", "post-integration-test", "verify", "install", "deploy");

    /** One build's modules: which will run the check, what each found, and which fail. */
    private static final class Build {
        final Set<String> expected;
        final Map<String, LintResult> results = new LinkedHashMap<>();
        final Map<String, String> failing = new LinkedHashMap<>();
        final GithubAnnotations.Budget budget = new GithubAnnotations.Budget();
        boolean done;

        Build(Set<String> expected) {
            this.expected = expected;
        }
    }

    private static final Map<Object, Build> BUILDS = new WeakHashMap<>();

    /** What recording a module's result means for it. */
    static final class Outcome {
        /** The build has several modules, so the reactor's reports and failure are shared. */
        final boolean multiModule;
        /** This module deferred its failure to the last module, which will fail the build. */
        final boolean deferred;
        /** Set when this was the last module: every module's result, in the order they finished. */
        final Map<String, LintResult> finished;
        /** Set with {@code finished}: the modules whose findings fail the build, each with what it found. */
        final Map<String, String> failing;
        /** Every module's result so far, already relative to the repository root. */
        final LintResult soFar;

        Outcome(boolean multiModule, boolean deferred, Map<String, LintResult> finished, Map<String, String> failing,
                LintResult soFar) {
            this.multiModule = multiModule;
            this.deferred = deferred;
            this.finished = finished;
            this.failing = failing;
            this.soFar = soFar;
        }

        boolean last() {
            return finished != null;
        }
    }

    private ReactorSummary() {
    }

    /** The lock of one build: recording and writing the aggregate reports happen under it, so writes never cross. */
    static Object lock(MavenSession session) {
        if (!isMultiModule(session)) {
            return new Object();
        }
        synchronized (BUILDS) {
            return build(session);
        }
    }

    /**
     * Records a module's result (null when skipped), already relative to the repository root.
     *
     * @param failure what the module found that fails the build ("2 errors"), or null
     */
    static Outcome record(MavenSession session, MavenProject project, LintResult result, String failure) {
        if (!isMultiModule(session)) {
            return new Outcome(false, false, null, null, result);
        }
        synchronized (BUILDS) {
            Build build = build(session);
            String id = project.getGroupId() + ":" + project.getArtifactId();
            // A module that was not expected (a second execution, a phase we did not foresee) or that comes
            // after the end fails on its own: deferring it could lose its failure.
            boolean expected = build.expected.remove(id) && !build.done;
            if (result != null) {
                build.results.put(id, result);
            }
            LintResult soFar = RepositoryPaths.combine(new ArrayList<>(build.results.values()));
            if (!expected) {
                return new Outcome(true, false, null, null, soFar);
            }
            if (failure != null) {
                build.failing.put(id, failure);
            }
            if (!build.expected.isEmpty()) {
                return new Outcome(true, failure != null, null, null, soFar);
            }
            build.done = true;
            return new Outcome(true, false, Collections.unmodifiableMap(new LinkedHashMap<>(build.results)),
                Collections.unmodifiableMap(new LinkedHashMap<>(build.failing)), soFar);
        }
    }

    /** The GitHub annotation allowance of this build (a fresh one for a single module). */
    static GithubAnnotations.Budget budget(MavenSession session) {
        if (!isMultiModule(session)) {
            return new GithubAnnotations.Budget();
        }
        synchronized (BUILDS) {
            return build(session).budget;
        }
    }

    /** True when the build has more than one module, so the reactor's end finishes what modules share. */
    static boolean isMultiModule(MavenSession session) {
        return session != null && session.getRequest() != null && session.getProjects() != null
            && session.getProjects().size() > 1;
    }

    private static Build build(MavenSession session) {
        return BUILDS.computeIfAbsent(session.getRequest(), k -> new Build(expected(session)));
    }

    /**
     * The modules that will run the check: all of them when it was asked for on the command line, else those
     * that bind it to a phase the build reaches.
     */
    private static Set<String> expected(MavenSession session) {
        List<String> goals = session.getGoals() == null ? List.of() : session.getGoals();
        boolean onCommandLine = goals.stream()
            .anyMatch(g -> (g.startsWith("keepalive-lint:") || g.startsWith(PLUGIN_KEY + ":")) && g.endsWith("check"));
        int reached = -1;
        for (String g : goals) {
            reached = Math.max(reached, DEFAULT_LIFECYCLE.indexOf(g));
        }
        Set<String> ids = new TreeSet<>();
        for (MavenProject p : session.getProjects()) {
            if (onCommandLine || bindsCheck(p, reached)) {
                ids.add(p.getGroupId() + ":" + p.getArtifactId());
            }
        }
        return ids;
    }

    private static boolean bindsCheck(MavenProject p, int reached) {
        for (Plugin plugin : p.getBuildPlugins()) {
            if (!plugin.getKey().equals(PLUGIN_KEY)) {
                continue;
            }
            for (PluginExecution e : plugin.getExecutions()) {
                String phase = e.getPhase() == null ? "validate" : e.getPhase();
                if (e.getGoals().contains("check") && DEFAULT_LIFECYCLE.indexOf(phase) >= 0
                    && DEFAULT_LIFECYCLE.indexOf(phase) <= reached) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "keepalive-lint reactor summary: 3 modules, 1 error, 1 warning, 0 notes" and a line per module. */
    static List<String> lines(Map<String, LintResult> results) {
        long errors = 0;
        long warnings = 0;
        long notes = 0;
        long suppressed = 0;
        int files = 0;
        Duration time = Duration.ZERO;
        List<String> modules = new ArrayList<>();
        for (Map.Entry<String, LintResult> e : results.entrySet()) {
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
        out.add("keepalive-lint reactor summary: " + ConsoleReport.plural(results.size(), "module") + ", "
            + ConsoleReport.plural(errors, "error") + ", " + ConsoleReport.plural(warnings, "warning") + ", "
            + ConsoleReport.plural(notes, "note") + (suppressed == 0 ? "" : " (" + suppressed + " suppressed)") + "; "
            + ConsoleReport.plural(files, "file") + " scanned in " + seconds(time) + " s");
        out.addAll(modules);
        return out;
    }

    private static String seconds(Duration d) {
        long centis = d.toMillis() / 10;
        return centis / 100 + "." + (centis % 100 < 10 ? "0" : "") + centis % 100;
    }
}
