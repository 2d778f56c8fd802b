package dev.keepalivelint.maven;

import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Severity;
import dev.keepalivelint.report.BaselineFile;
import dev.keepalivelint.report.CompactConsole;
import dev.keepalivelint.report.ConsoleReport;
import dev.keepalivelint.report.GithubAnnotations;
import dev.keepalivelint.report.GithubStepSummary;
import dev.keepalivelint.report.ReportSet;
import dev.keepalivelint.report.RepositoryPaths;
import dev.keepalivelint.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the project's gRPC channel, server and etcd client keepalive settings against the policy of the
 * server each client meets, and fails the build when a server would answer with GOAWAY ENHANCE_YOUR_CALM
 * "too_many_pings". Writes a SARIF report.
 *
 * <p>The dependency graph is collected when the goal runs (POMs only, no jar; nothing at all when skipped) so
 * that the versions of grpc-java, jetcd and the frameworks in use select the right library defaults, even in
 * {@code validate} and before sibling modules are built.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractLintMojo {
    /** Fail the build when a finding reaches {@code failOnSeverity}. */
    @Parameter(property = "keepalive-lint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The least severe finding that fails the build: {@code error}, {@code warning} or {@code note}. */
    @Parameter(property = "keepalive-lint.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /**
     * Print every finding in full (what the client does, the server assumed and why, what the server does, every
     * fix) instead of the compact form: one line per finding, each server's explanation once, a count per rule.
     */
    @Parameter(property = "keepalive-lint.verbose", defaultValue = "false")
    private boolean verbose;

    /**
     * Where keepalive-lint's documentation is published (the web view of its sources: {@code README.md} and
     * {@code docs/rules/<id>.md} under it). Makes the console's rule links and the SARIF {@code helpUri} absolute;
     * unset, the console names each page by its path in the sources and SARIF has no {@code helpUri}.
     */
    @Parameter(property = "keepalive-lint.docsUrl")
    private String docsUrl;

    /** List the findings that inline suppressions (or the baseline) took out of the report. */
    @Parameter(property = "keepalive-lint.showSuppressed", defaultValue = "false")
    private boolean showSuppressed;

    /**
     * Report formats, a comma list: {@code sarif} (to {@code sarifFile}), {@code checkstyle} (Checkstyle XML),
     * {@code gitlab} (GitLab Code Quality JSON), {@code json} (this plugin's findings model); the last three
     * are written to {@code reportDirectory}. Each report is written on every run, with or without findings.
     */
    @Parameter(property = "keepalive-lint.formats", defaultValue = "sarif")
    private List<String> formats = new ArrayList<>(List.of("sarif"));

    /** Where the checkstyle, gitlab and json reports are written. */
    @Parameter(property = "keepalive-lint.reportDirectory", defaultValue = "${project.build.directory}")
    private File reportDirectory;

    /**
     * GitHub Actions annotations: {@code auto} prints them when the build runs in GitHub Actions
     * ({@code GITHUB_ACTIONS=true}), {@code github} always, {@code none} never.
     */
    @Parameter(property = "keepalive-lint.annotations", defaultValue = "auto")
    private String annotations;

    /** Where the SARIF 2.1.0 report is written (when {@code formats} includes sarif, the default). */
    @Parameter(property = "keepalive-lint.sarifFile", defaultValue = "${project.build.directory}/keepalive-lint.sarif")
    private File sarifFile;

    /**
     * The baseline written by {@code keepalive-lint:baseline}: when the file exists, only findings that are not
     * in it are reported.
     */
    @Parameter(property = "keepalive-lint.baselineFile", defaultValue = "${project.basedir}/" + BaselineFile.DEFAULT_NAME)
    private File baselineFile;

    /**
     * In a multi-module build, where the reactor's SARIF report goes (relative paths are taken from the directory
     * Maven was started in). By default it is the top project's own {@code sarifFile} location,
     * {@code target/keepalive-lint.sarif}, where single-module CI setups already look; the other formats'
     * reactor reports go to the top project's build directory.
     */
    @Parameter(property = "keepalive-lint.aggregateSarifFile")
    private String aggregateSarifFile;

    /**
     * The directory every reported path is relative to (console, reports, annotations). Default: the CI's
     * checkout ({@code GITHUB_WORKSPACE}, {@code CI_PROJECT_DIR}), else the nearest directory holding
     * {@code .git}, else the directory Maven was started in. Relative values are taken from that directory.
     */
    @Parameter(property = "keepalive-lint.repositoryRoot")
    private String repositoryRoot;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("keepalive-lint: skipped (keepalive-lint.skip=true)");
            synchronized (ReactorSummary.lock(session)) {
                finish(ReactorSummary.record(session, project, null, null), null, formatsOrDefault());
            }
            return;
        }
        Severity threshold = Severity.parse(failOnSeverity);
        if (threshold == null) {
            throw new MojoExecutionException("keepalive-lint: failOnSeverity '" + failOnSeverity
                + "' must be error, warning or note");
        }
        if (!GithubAnnotations.known(annotations)) {
            throw new MojoExecutionException("keepalive-lint: annotations '" + annotations + "' must be one of "
                + GithubAnnotations.SETTINGS + " (none turns them off)");
        }
        ReportSet wanted = formats();
        if (wanted.formats().isEmpty()) {
            log.warn("keepalive-lint: formats is empty, so no report file is written (formats are "
                + ReportSet.knownFormats() + "; the default is sarif)");
        }
        LintRequest request = requestBuilder().baselineFile(baselineFile == null ? null : baselineFile.toPath()).build();
        Path root = root();
        // Every path from here on is relative to the repository, as code scanning, merge requests and a reader
        // of a multi-module log need it.
        LintResult result = RepositoryPaths.rebase(lint(request), RepositoryPaths.prefix(request.baseDir(), root));
        ConsoleReport.Line baselineLine = ConsoleReport.baseline(result);
        if (baselineLine != null) {
            print(log, baselineLine);
        }
        for (ConsoleReport.Line line : verbose ? ConsoleReport.render(result) : CompactConsole.render(result, docsUrl)) {
            print(log, line);
        }
        if (showSuppressed) {
            ConsoleReport.suppressed(result).forEach(line -> print(log, line));
        }
        writeReports(wanted, result, root, sarifFile.toPath(), reportDirectory.toPath(), "");
        boolean github = GithubAnnotations.enabled(System.getenv(), annotations);
        if (github) {
            // Workflow commands must start their line, so they bypass Maven's "[ERROR] " prefix (and Maven 4's
            // "[INFO] [stdout] "); GitHub's per-level allowance is shared by every module of the build.
            RawStdout.print(ReactorSummary.budget(session).take(GithubAnnotations.render(result, root, root)));
        }
        long failing = result.findings().stream().filter(f -> f.severity().atLeast(threshold)).count();
        String failure = !failOnViolation || failing == 0 ? null
            : threshold == Severity.ERROR ? ConsoleReport.plural(failing, "error")
            : ConsoleReport.plural(failing, "finding") + " at " + threshold.id() + " level or above";
        synchronized (ReactorSummary.lock(session)) {
            finish(ReactorSummary.record(session, project, result, failure), failure, wanted);
        }
    }

    /**
     * After a module: a single module fails now; in a reactor the reactor's reports are brought up to date, and
     * only the last module prints the summary and fails the build, for every module with findings.
     */
    private void finish(ReactorSummary.Outcome outcome, String failure, ReportSet wanted)
        throws MojoExecutionException, MojoFailureException {
        Path root = root();
        boolean github = GithubAnnotations.enabled(System.getenv(), annotations);
        if (!outcome.multiModule) {
            if (outcome.soFar != null && github) {
                RawStdout.print(ReactorSummary.budget(session).finish());
                writeStepSummary(GithubStepSummary.render(outcome.soFar, root, root));
            }
            if (failure != null) {
                throw new MojoFailureException("keepalive-lint found " + failure + " (see above"
                    + (wanted.contains("sarif") ? "; report: " + sarifFile : "")
                    + "). Fix them, or set keepalive-lint.failOnViolation=false to report without failing.");
            }
            return;
        }
        Path top = topBuildDirectory();
        Path aggregateSarif = aggregateSarifFile == null || aggregateSarifFile.isBlank()
            ? top.resolve("keepalive-lint.sarif") : Paths.get(session.getExecutionRootDirectory()).resolve(aggregateSarifFile);
        if (outcome.soFar != null) {
            // Written after every module, so an interrupted build still leaves what was checked.
            writeReports(wanted, outcome.soFar, root, aggregateSarif, top, "reactor ");
        }
        if (outcome.deferred) {
            getLog().error("keepalive-lint: " + failure + " in this module; the build fails after the last module, "
                + "so that every module is checked and the reactor reports at " + top + " hold them all");
        }
        if (!outcome.last()) {
            if (failure != null && !outcome.deferred) {
                throw new MojoFailureException("keepalive-lint found " + failure + " (see above). Fix them, or set "
                    + "keepalive-lint.failOnViolation=false to report without failing.");
            }
            return;
        }
        ReactorSummary.lines(outcome.finished).forEach(getLog()::info);
        if (github) {
            RawStdout.print(ReactorSummary.budget(session).finish());
            if (outcome.soFar != null) {
                writeStepSummary(GithubStepSummary.render(outcome.soFar, root, root));
            }
        }
        if (!outcome.failing.isEmpty()) {
            List<String> modules = new ArrayList<>();
            outcome.failing.forEach((module, what) -> modules.add(module + " (" + what + ")"));
            throw new MojoFailureException("keepalive-lint found findings that fail the build in "
                + ConsoleReport.plural(modules.size(), "module") + ": " + String.join(", ", modules)
                + " (see above" + (wanted.contains("sarif") ? "; reactor report: " + aggregateSarif : "")
                + "). Fix them, or set keepalive-lint.failOnViolation=false to report without failing.");
        }
    }

    private ReportSet formats() throws MojoExecutionException {
        try {
            return ReportSet.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("keepalive-lint: " + e.getMessage());
        }
    }

    /** For a skipped module, which still brings the reactor's reports up to date: the formats, or none if broken. */
    private ReportSet formatsOrDefault() {
        try {
            return ReportSet.parse(formats);
        } catch (IllegalArgumentException e) {
            return ReportSet.parse(List.of());
        }
    }

    /** Writes the chosen reports; paths inside are relative to {@code root}. */
    private void writeReports(ReportSet wanted, LintResult result, Path root, Path sarif, Path dir, String what)
        throws MojoExecutionException {
        for (String format : wanted.formats()) {
            Path file = format.equals("sarif") ? sarif : ReportSet.defaultFile(format, dir);
            write(file, format.equals("sarif") ? SarifReport.render(result, root, docsUrl)
                : ReportSet.render(format, result, root));
            getLog().info("keepalive-lint: " + what + format + " report written to " + file);
        }
    }

    /** The top project's build directory, where the reactor reports go. */
    private Path topBuildDirectory() {
        MavenProject top = session.getTopLevelProject();
        if (top != null && top.getBuild() != null && top.getBuild().getDirectory() != null) {
            return Paths.get(top.getBuild().getDirectory());
        }
        return Paths.get(session.getExecutionRootDirectory(), "target");
    }

    /** The repository root every reported path is relative to. */
    private Path root() {
        Path start = session == null || session.getExecutionRootDirectory() == null ? project.getBasedir().toPath()
            : Paths.get(session.getExecutionRootDirectory());
        if (repositoryRoot != null && !repositoryRoot.isBlank()) {
            return start.resolve(repositoryRoot.trim()).toAbsolutePath().normalize();
        }
        Map<String, String> env = System.getenv();
        return RepositoryPaths.root(env, start, start);
    }

    /** Appends to the job summary GitHub shows for the run ($GITHUB_STEP_SUMMARY), when there is one. */
    private void writeStepSummary(String markdown) {
        String file = System.getenv("GITHUB_STEP_SUMMARY");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Paths.get(file), markdown + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            getLog().warn("keepalive-lint: cannot append the job summary to " + file + ": " + e.getMessage());
        }
    }

    static void write(Path file, String content) throws MojoExecutionException {
        try {
            ReportSet.write(file, content);
        } catch (IOException e) {
            throw new MojoExecutionException("keepalive-lint: cannot write " + file + ": " + e, e);
        }
    }
}
