package dev.keepalivelint.maven;

import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Severity;
import dev.keepalivelint.report.BaselineFile;
import dev.keepalivelint.report.ConsoleReport;
import dev.keepalivelint.report.GithubAnnotations;
import dev.keepalivelint.report.ReportSet;
import dev.keepalivelint.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the project's gRPC channel, server and etcd client keepalive settings against the policy of the
 * server each client meets, and fails the build when a server would answer with GOAWAY ENHANCE_YOUR_CALM
 * "too_many_pings". Writes a SARIF report.
 *
 * <p>Dependencies are collected (not downloaded) for the test scope so that the versions of grpc-java, jetcd
 * and the frameworks in use select the right library defaults, even in {@code validate} and before sibling
 * modules are built.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
    requiresDependencyCollection = ResolutionScope.TEST)
public class CheckMojo extends AbstractLintMojo {
    /** Fail the build when a finding reaches {@code failOnSeverity}. */
    @Parameter(property = "keepalive-lint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The least severe finding that fails the build: {@code error}, {@code warning} or {@code note}. */
    @Parameter(property = "keepalive-lint.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

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
     * In a multi-module build, also write one SARIF report for the whole reactor to this path (relative paths
     * are taken from the directory Maven was started in, as are the paths inside the report), when the last
     * module has been checked.
     */
    @Parameter(property = "keepalive-lint.aggregateSarifFile")
    private String aggregateSarifFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("keepalive-lint: skipped (keepalive-lint.skip=true)");
            finishReactor(null);
            return;
        }
        Severity threshold = Severity.parse(failOnSeverity);
        if (threshold == null) {
            throw new MojoExecutionException("keepalive-lint: failOnSeverity '" + failOnSeverity
                + "' must be error, warning or note");
        }
        ReportSet wanted = formats();
        LintRequest request = requestBuilder().baselineFile(baselineFile == null ? null : baselineFile.toPath()).build();
        LintResult result = lint(request);
        ConsoleReport.Line baselineLine = ConsoleReport.baseline(result);
        if (baselineLine != null) {
            print(log, baselineLine);
        }
        for (ConsoleReport.Line line : ConsoleReport.render(result)) {
            print(log, line);
        }
        if (showSuppressed) {
            ConsoleReport.suppressed(result).forEach(line -> print(log, line));
        }
        Path sarif = sarifFile.toPath();
        writeReports(wanted, result, request.baseDir());
        if (GithubAnnotations.enabled(System.getenv(), annotations)) {
            // Workflow commands must start their line, so they bypass Maven's "[ERROR] " prefix.
            GithubAnnotations.render(result, request.baseDir(), workspace()).forEach(System.out::println);
            System.out.flush();
        }
        finishReactor(result);
        long failing = result.findings().stream().filter(f -> f.severity().atLeast(threshold)).count();
        if (failOnViolation && failing > 0) {
            String what = threshold == Severity.ERROR ? ConsoleReport.plural(failing, "error")
                : ConsoleReport.plural(failing, "finding") + " at " + threshold.id() + " level or above";
            throw new MojoFailureException("keepalive-lint found " + what + " (see above"
                + (wanted.contains("sarif") ? "; report: " + sarif : "")
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

    private void writeReports(ReportSet wanted, LintResult result, Path baseDir) throws MojoExecutionException {
        Path dir = reportDirectory.toPath();
        for (String format : wanted.formats()) {
            Path file = format.equals("sarif") ? sarifFile.toPath() : ReportSet.defaultFile(format, dir);
            write(file, ReportSet.render(format, result, baseDir));
            getLog().info("keepalive-lint: " + format + " report written to " + file);
        }
    }

    /** The repository root for annotation paths: GITHUB_WORKSPACE, else the top of the Maven build. */
    private Path workspace() {
        String env = System.getenv("GITHUB_WORKSPACE");
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        File top = session == null || session.getRequest() == null ? null
            : session.getRequest().getMultiModuleProjectDirectory();
        return top != null ? top.toPath() : Paths.get(session.getExecutionRootDirectory());
    }

    /** Records this module; the last module of a multi-module build prints the reactor summary. */
    private void finishReactor(LintResult result) throws MojoExecutionException {
        ReactorSummary.Reactor reactor = ReactorSummary.record(session, project, result);
        if (reactor == null) {
            return;
        }
        ReactorSummary.lines(reactor).forEach(getLog()::info);
        if (aggregateSarifFile != null && !aggregateSarifFile.isBlank()) {
            Path root = Paths.get(session.getExecutionRootDirectory());
            Path file = root.resolve(aggregateSarifFile);
            LintResult all = ReactorSummary.aggregate(reactor, root);
            if (all != null) {
                writeSarif(file, all, root);
                getLog().info("keepalive-lint: aggregate SARIF report written to " + file);
            }
        }
    }

    private static void writeSarif(Path file, LintResult result, Path baseDir) throws MojoExecutionException {
        write(file, SarifReport.render(result, baseDir));
    }

    static void write(Path file, String content) throws MojoExecutionException {
        try {
            ReportSet.write(file, content);
        } catch (IOException e) {
            throw new MojoExecutionException("keepalive-lint: cannot write " + file + ": " + e, e);
        }
    }
}
