package dev.keepalivelint.maven;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.report.BaselineFile;
import dev.keepalivelint.report.ConsoleReport;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the module's current findings to the baseline file, so that {@code check} reports only findings added
 * after it. Commit the file; run the goal again to accept the findings that are there now. Never fails on
 * findings.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractLintMojo {

    /** Where the baseline is written. */
    @Parameter(property = "keepalive-lint.baselineFile", defaultValue = "${project.basedir}/" + BaselineFile.DEFAULT_NAME)
    private File baselineFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("keepalive-lint: skipped (keepalive-lint.skip=true)");
            return;
        }
        LintResult result = lint(request());
        CheckMojo.write(baselineFile.toPath(), BaselineFile.render(result));
        getLog().info("keepalive-lint: baseline of " + ConsoleReport.plural(result.findings().size(), "finding")
            + " written to " + baselineFile + " (inline suppressions are not in it)");
    }
}
