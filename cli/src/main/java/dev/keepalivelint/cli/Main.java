package dev.keepalivelint.cli;

import dev.keepalivelint.ToolInfo;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar keepalive-lint-cli.jar [options] [PATH...]}: the Maven goal's options on the command line, for
 * Gradle builds and repositories with no build at all. This class holds the options; {@link LintRun} does the
 * work.
 */
@Command(name = "keepalive-lint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Finds gRPC and etcd keepalive settings a server will punish with GOAWAY ENHANCE_YOUR_CALM \"too_many_pings\".",
        "Lints the Java sources (src/<set>/java of every module below PATH, or PATH itself when it has none) and the "
            + "configuration files below each PATH (default: the current directory). Library versions come from "
            + "pom.xml files, Gradle version catalogs (gradle/*.versions.toml) and build.gradle(.kts) literals, or --library."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at the fail level (--fail-on-severity)",
        "1:findings at the fail level",
        "2:usage or input error (bad option, missing directory, broken rules or baseline file)",
        "3:internal error (please report it, with the stack trace)"})
public final class Main implements Callable<Integer> {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int INPUT_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    @Parameters(paramLabel = "PATH", arity = "0..*",
        description = "Directories to lint (default: the current directory). With several, paths are reported "
            + "relative to their common parent.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--formats"}, split = ",", paramLabel = "FORMAT",
        description = "Reports to write, a comma list of sarif, checkstyle, gitlab, json (default: none; the "
            + "console always shows the findings).")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--report-directory"}, paramLabel = "DIR",
        description = "Where reports are written: keepalive-lint.sarif, keepalive-lint-checkstyle.xml, "
            + "keepalive-lint-gitlab.json, keepalive-lint.json (default: the current directory).")
    Path reportDirectory;

    @Option(names = "--sarif-file", paramLabel = "FILE",
        description = "The SARIF report's file (default: keepalive-lint.sarif in the report directory).")
    Path sarifFile;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
        description = "Severity of a rule: error, warning, note or off; repeatable, e.g. "
            + "--severity keepalive-below-client-minimum=error.")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--fail-on-severity", paramLabel = "LEVEL", defaultValue = "error",
        description = "The least severe finding that makes the exit code 1: error, warning or note "
            + "(default: ${DEFAULT-VALUE}).")
    String failOnSeverity;

    @Option(names = "--fail-on-violation", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "Exit with 1 when a finding reaches the fail level; --no-fail-on-violation reports "
            + "and exits 0 (default: true).")
    boolean failOnViolation;

    @Option(names = "--baseline-file", paramLabel = "FILE",
        description = "The baseline: when it exists, only findings not in it are reported (default: "
            + "keepalive-lint-baseline.json in the base directory).")
    Path baselineFile;

    @Option(names = "--write-baseline",
        description = "Write the current findings to the baseline file and exit 0 (like mvn keepalive-lint:baseline).")
    boolean writeBaseline;

    @Option(names = "--server", paramLabel = "SPEC",
        description = "A server your clients talk to, repeatable: " + ServerOption.SYNTAX + ". A rules file's "
            + "declarations do the same.")
    List<String> servers = new ArrayList<>();

    @Option(names = "--rules-file", paramLabel = "FILE",
        description = "A user rules file, applied after the shipped rules; repeatable.")
    List<Path> rulesFiles = new ArrayList<>();

    @Option(names = "--library", paramLabel = "LIBRARY=VERSION",
        description = "A library version, by rules library id (grpc-java, jetcd, grpc-spring, spring-grpc, "
            + "spring-boot-grpc, quarkus-grpc, micronaut-grpc) or groupId:artifactId; repeatable; wins over the "
            + "build files.")
    Map<String, String> libraries = new LinkedHashMap<>();

    @Option(names = "--config-include", split = ",", paramLabel = "GLOB",
        description = "Configuration files to scan, globs relative to each PATH (default: **/*.yml, **/*.yaml, "
            + "**/*.properties).")
    List<String> configIncludes = new ArrayList<>();

    @Option(names = "--config-exclude", split = ",", paramLabel = "GLOB",
        description = "Configuration files not to scan, globs relative to each PATH.")
    List<String> configExcludes = new ArrayList<>();

    @Option(names = "--source-root", paramLabel = "DIR",
        description = "Java source roots to scan instead of the src/<set>/java directories found; repeatable.")
    List<Path> sourceRoots = new ArrayList<>();

    @Option(names = "--include-tests", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "Also scan test source sets (every src/<set>/java but src/main/java) (default: true).")
    boolean includeTests;

    @Option(names = "--annotations", paramLabel = "MODE", defaultValue = "auto",
        description = "GitHub Actions annotations: auto (when GITHUB_ACTIONS=true), github, none "
            + "(default: ${DEFAULT-VALUE}).")
    String annotations;

    @Option(names = "--show-suppressed", description = "List the findings suppressions or the baseline took out.")
    boolean showSuppressed;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
        description = "Encoding of the Java sources (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--max-file-size-mb", paramLabel = "MB", defaultValue = "8",
        description = "Larger files are reported as unreadable-input instead of being scanned (default: "
            + "${DEFAULT-VALUE}).")
    int maxFileSizeMb;

    @Option(names = "--threads", paramLabel = "N",
        description = "Files parsed in parallel (default: the number of processors).")
    Integer threads;

    @Option(names = "--cache-directory", paramLabel = "DIR",
        description = "Keep the incremental cache here, so that a run with no change re-parses nothing "
            + "(default: no cache).")
    Path cacheDirectory;

    @Option(names = "--no-cache", description = "Do not use the cache, even with --cache-directory.")
    boolean noCache;

    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private Map<String, String> env = System.getenv();
    private Path cwd = Paths.get("").toAbsolutePath();

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv(), Paths.get("").toAbsolutePath()));
    }

    /** Runs the command line and returns the exit code; for tests, with their own streams and directory. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path cwd) {
        Main main = new Main();
        main.out = out;
        main.err = err;
        main.env = env;
        main.cwd = cwd;
        CommandLine cl = new CommandLine(main);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        // Case matters for rule ids, not for option words: keep picocli's defaults otherwise.
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("keepalive-lint: " + e.getMessage());
            err.println("Try 'keepalive-lint --help' for the options.");
            return INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((e, c, r) -> {
            if (e instanceof InputException) {
                err.println("keepalive-lint: " + e.getMessage());
                return INPUT_ERROR;
            }
            err.println("keepalive-lint: internal error, please report it:");
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws InputException {
        return new LintRun(this, out, err, env, cwd).run();
    }

    /** The version from the core jar's build properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolInfo.NAME + " " + ToolInfo.version(), "Java " + System.getProperty("java.version")};
        }
    }
}
