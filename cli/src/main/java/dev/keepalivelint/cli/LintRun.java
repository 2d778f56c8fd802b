package dev.keepalivelint.cli;

import dev.keepalivelint.Engine;
import dev.keepalivelint.LintException;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.cli.versions.DeclaredVersions;
import dev.keepalivelint.model.Severity;
import dev.keepalivelint.report.BaselineFile;
import dev.keepalivelint.report.CompactConsole;
import dev.keepalivelint.report.ConsoleReport;
import dev.keepalivelint.report.GithubAnnotations;
import dev.keepalivelint.report.ReportSet;
import dev.keepalivelint.report.SarifReport;
import dev.keepalivelint.rules.Library;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.scan.SourceFinder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One command-line run: check the options, find the project's files and versions, build the same
 * {@link LintRequest} the Maven goal builds, lint, print, write reports, and return the exit code.
 */
final class LintRun {
    private final Main o;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Path cwd;

    LintRun(Main options, PrintStream out, PrintStream err, Map<String, String> env, Path cwd) {
        this.o = options;
        this.out = out;
        this.err = err;
        this.env = env;
        this.cwd = cwd;
    }

    int run() throws InputException {
        Severity threshold = Severity.parse(o.failOnSeverity);
        if (threshold == null) {
            throw new InputException("--fail-on-severity '" + o.failOnSeverity + "' must be error, warning or note");
        }
        if (!List.of("auto", "github", "none").contains(o.annotations.toLowerCase(java.util.Locale.ROOT))) {
            throw new InputException("--annotations '" + o.annotations + "' must be auto, github or none");
        }
        if (o.maxFileSizeMb < 1) {
            throw new InputException("--max-file-size-mb must be at least 1, not " + o.maxFileSizeMb);
        }
        if (o.threads != null && o.threads < 1) {
            throw new InputException("--threads must be at least 1, not " + o.threads);
        }
        ReportSet reports;
        try {
            reports = ReportSet.parse(o.formats);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        Charset charset = charset(o.encoding);
        List<Path> given = o.paths.isEmpty() ? List.of(cwd) : o.paths;
        ProjectLayout layout = ProjectLayout.discover(cwd, given, o.sourceRoots, o.includeTests);
        Path base = layout.baseDir();
        SourceFinder names = new SourceFinder(base);

        LintRequest.Builder b = LintRequest.builder(base).quickCompilation(true);
        layout.sourceRoots().forEach(b::javaSourceRoot);
        for (Path f : o.rulesFiles) {
            Path file = cwd.resolve(f);
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new InputException(f + ": no such rules file (--rules-file)");
            }
            b.rulesFile(file);
        }
        o.severities.forEach(b::severity);
        for (int i = 0; i < o.servers.size(); i++) {
            b.declareServer(ServerOption.parse(o.servers.get(i), i));
        }
        for (Path p : layout.paths()) {
            String prefix = names.display(p);
            prefix = p.equals(base) ? "" : prefix + "/";
            for (String g : o.configIncludes.isEmpty() ? LintRequest.DEFAULT_CONFIG_INCLUDES : o.configIncludes) {
                forEachPrefixed(prefix, g, b::configInclude);
            }
            for (String g : o.configExcludes) {
                forEachPrefixed(prefix, g, b::configExclude);
            }
        }
        b.sourceEncoding(charset);
        b.maxFileBytes(o.maxFileSizeMb * 1024L * 1024L);
        b.threads(o.threads != null ? o.threads : Runtime.getRuntime().availableProcessors());
        if (o.cacheDirectory != null && !o.noCache) {
            b.cacheDirectory(cwd.resolve(o.cacheDirectory));
        }
        Path baseline = o.baselineFile != null ? cwd.resolve(o.baselineFile) : base.resolve(BaselineFile.DEFAULT_NAME);
        if (!o.writeBaseline) {
            b.baselineFile(baseline);
        }

        RuleBook rules;
        try {
            rules = Engine.loadRules(b.build());
        } catch (LintException e) {
            throw problem(e);
        }
        DeclaredVersions versions = layout.buildFiles().read(names::display);
        libraryOptions(rules, versions);
        versions.versions().forEach((artifact, found) -> b.dependencyVersion(artifact, found.version()));
        for (String note : versions.notes()) {
            info("keepalive-lint: " + note);
        }
        describeVersions(rules, versions);

        LintResult result;
        try {
            result = new Engine().lint(b.build(), rules);
        } catch (LintException e) {
            throw problem(e);
        }
        if (o.writeBaseline) {
            write(baseline, BaselineFile.render(result));
            info("keepalive-lint: baseline of " + ConsoleReport.plural(result.findings().size(), "finding")
                + " written to " + baseline + " (inline suppressions are not in it)");
            return Main.OK;
        }
        ConsoleReport.Line baselineLine = ConsoleReport.baseline(result);
        if (baselineLine != null) {
            print(baselineLine);
        }
        (o.verbose ? ConsoleReport.render(result) : CompactConsole.render(result, o.docsUrl)).forEach(this::print);
        if (o.showSuppressed) {
            ConsoleReport.suppressed(result).forEach(this::print);
        }
        Path reportDir = o.reportDirectory != null ? cwd.resolve(o.reportDirectory) : cwd;
        for (String format : reports.formats()) {
            Path file = format.equals("sarif") && o.sarifFile != null ? cwd.resolve(o.sarifFile)
                : ReportSet.defaultFile(format, reportDir);
            write(file, format.equals("sarif") ? SarifReport.render(result, base, o.docsUrl)
                : ReportSet.render(format, result, base));
            info("keepalive-lint: " + format + " report written to " + file);
        }
        if (GithubAnnotations.enabled(env, o.annotations)) {
            String workspace = env.get("GITHUB_WORKSPACE");
            Path ws = workspace != null && !workspace.isBlank() ? cwd.resolve(workspace) : cwd;
            GithubAnnotations.render(result, base, ws).forEach(out::println);
        }
        long failing = result.findings().stream().filter(f -> f.severity().atLeast(threshold)).count();
        if (o.failOnViolation && failing > 0) {
            String what = threshold == Severity.ERROR ? ConsoleReport.plural(failing, "error")
                : ConsoleReport.plural(failing, "finding") + " at " + threshold.id() + " level or above";
            err.println("keepalive-lint found " + what + "; exit code 1 (--no-fail-on-violation reports without failing)");
            return Main.FINDINGS;
        }
        return Main.OK;
    }

    /**
     * A glob relative to a PATH, as globs relative to the base directory; a glob starting with any-directory
     * also matches at the PATH's top, as it does at the base directory's.
     */
    private static void forEachPrefixed(String prefix, String glob, java.util.function.Consumer<String> sink) {
        String g = glob.trim();
        if (g.isEmpty()) {
            return;
        }
        sink.accept(prefix + g);
        if (!prefix.isEmpty() && g.startsWith("**/")) {
            sink.accept(prefix + g.substring(3));
        }
    }

    /**
     * --library ID=VERSION (a rules library id: every artifact the rules list for it) or groupId:artifactId=VERSION;
     * a library the rules read from no artifact cannot be given a version this way.
     */
    private void libraryOptions(RuleBook rules, DeclaredVersions versions) throws InputException {
        for (Map.Entry<String, String> e : o.libraries.entrySet()) {
            String key = e.getKey().trim();
            String version = e.getValue() == null ? "" : e.getValue().trim();
            if (version.isEmpty()) {
                throw new InputException("--library " + key + "= needs a version, e.g. --library grpc-java=1.60.0");
            }
            if (key.contains(":")) {
                versions.override(key, version, "--library");
                continue;
            }
            Library library = rules.library(key);
            if (library == null || library.artifacts().isEmpty()) {
                List<String> ids = new ArrayList<>();
                rules.libraries().values().stream().filter(l -> !l.artifacts().isEmpty()).forEach(l -> ids.add(l.id()));
                throw new InputException("--library " + key + ": " + (library == null ? "no such library" :
                    "the rules read its version from no artifact (for a server, use --server ...,version=)")
                    + "; libraries are " + ids + ", or give groupId:artifactId=VERSION");
            }
            for (String artifact : library.artifacts()) {
                versions.override(artifact, version, "--library");
            }
        }
    }

    /**
     * One line with the library versions in effect and where each came from, and a note for each library the
     * build files use without a version the directory tells: the engine then says which defaults it assumed.
     */
    private void describeVersions(RuleBook rules, DeclaredVersions versions) {
        Map<String, DeclaredVersions.Found> known = versions.versions();
        List<String> parts = new ArrayList<>();
        for (Library library : rules.libraries().values()) {
            DeclaredVersions.Found used = null;
            for (String artifact : library.artifacts()) {
                if (known.containsKey(artifact)) {
                    used = known.get(artifact);
                    break;
                }
            }
            if (used != null) {
                parts.add(library.id() + " " + used.version() + " (" + used.from() + ")");
                continue;
            }
            for (String artifact : library.artifacts()) {
                String from = versions.unknown().get(artifact);
                if (from != null) {
                    info("keepalive-lint: " + from + " uses " + artifact + " without a version this directory "
                        + "tells (a parent, BOM or plugin outside it); " + library.id() + "'s version is unknown, "
                        + "give --library " + library.id() + "=VERSION");
                    break;
                }
            }
        }
        if (!parts.isEmpty()) {
            info("keepalive-lint: library versions: " + String.join(", ", parts));
        }
    }

    private static Charset charset(String name) throws InputException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException("--encoding '" + name + "' is not a character set this Java knows");
        }
    }

    /** A lint the user's input stopped: one line with the reason and its one detail, or each detail on a line first. */
    private InputException problem(LintException e) {
        if (e.details().size() == 1) {
            return new InputException(e.getMessage() + ": " + e.details().get(0));
        }
        for (String detail : e.details()) {
            err.println("keepalive-lint: " + detail);
        }
        return new InputException(e.getMessage());
    }

    private static void write(Path file, String content) throws InputException {
        try {
            ReportSet.write(file, content);
        } catch (IOException e) {
            throw new InputException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private void info(String text) {
        out.println("[INFO] " + text);
    }

    /** In the Maven plugin's style, so the output reads the same from both. */
    private void print(ConsoleReport.Line line) {
        String level = line.severity() == null ? "INFO" : line.severity() == Severity.ERROR ? "ERROR"
            : line.severity() == Severity.WARNING ? "WARNING" : "INFO";
        out.println("[" + level + "] " + line.text());
    }
}
