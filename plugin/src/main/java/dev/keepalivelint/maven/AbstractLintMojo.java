package dev.keepalivelint.maven;

import dev.keepalivelint.Engine;
import dev.keepalivelint.LintException;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.Durations;
import dev.keepalivelint.report.ConsoleReport;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * What the goals share: the parameters that decide what is scanned and against which rules, and the
 * translation of the Maven project into a plain {@link LintRequest}. Nothing below this package knows Maven.
 */
abstract class AbstractLintMojo extends AbstractMojo {

    /** Skip the goal entirely. */
    @Parameter(property = "keepalive-lint.skip", defaultValue = "false")
    protected boolean skip;

    /** Also scan test sources (test code builds channels and servers too). */
    @Parameter(property = "keepalive-lint.includeTests", defaultValue = "true")
    private boolean includeTests;

    /**
     * Extra rules files (same format as the shipped rules file), applied in order after the shipped rules:
     * their entries are added, or replace shipped entries with the same id.
     */
    @Parameter(property = "keepalive-lint.rulesFiles")
    private List<File> rulesFiles = new ArrayList<>();

    /**
     * Severity per rule id, overriding the default: {@code error}, {@code warning}, {@code note}, or {@code off}
     * to switch the rule off, e.g.
     * {@code <severities><keepalive-below-client-minimum>error</keepalive-below-client-minimum></severities>}.
     */
    @Parameter
    private Map<String, String> severities = new HashMap<>();

    /**
     * Which product Cortex-style configuration files are, for files whose content does not tell: product id
     * (cortex, mimir, loki) to a comma list of globs relative to the module, e.g.
     * {@code <products><loki>deploy/loki/**</loki></products>}. A {@code # keepalive-lint: product=loki} comment
     * in the file says the same.
     */
    @Parameter
    private Map<String, String> products = new HashMap<>();

    /**
     * The servers this module's clients talk to, when the project itself does not say: each with the targets it
     * serves (globs on host and port, e.g. {@code inventory:*} or {@code dns:///inventory.prod:443}), its
     * implementation ({@code grpc-java}, {@code grpc-go}, {@code grpc-core}, {@code etcd} or one a rules file
     * defines), an optional version selecting its policy, and optional {@code permitKeepAliveTime} /
     * {@code permitKeepAliveWithoutCalls} overrides. A server with {@code <default>true</default>} and no
     * targets replaces the default gRPC server policy for the module.
     */
    @Parameter
    private List<ServerDeclaration> servers = new ArrayList<>();

    /**
     * Configuration files to scan, as globs relative to the module's base directory. Default: every
     * {@code *.yml}, {@code *.yaml} and {@code *.properties} file outside build output, version control and IDE
     * folders, {@code node_modules} and nested modules.
     */
    @Parameter(property = "keepalive-lint.configIncludes")
    private List<String> configIncludes = new ArrayList<>();

    /** Configuration files not to scan, as globs relative to the module's base directory ({@code **}{@code /test-data/**}). */
    @Parameter(property = "keepalive-lint.configExcludes")
    private List<String> configExcludes = new ArrayList<>();

    /**
     * Java files not to scan, as globs relative to the module's base directory, e.g. generated code
     * ({@code **}{@code /generated-sources/**}, {@code **}{@code /*Grpc.java}).
     */
    @Parameter(property = "keepalive-lint.sourceExcludes")
    private List<String> sourceExcludes = new ArrayList<>();

    /** Files larger than this many megabytes are reported as unreadable-input instead of being scanned. */
    @Parameter(property = "keepalive-lint.maxFileSizeMb", defaultValue = "8")
    private int maxFileSizeMb;

    /**
     * Keep an incremental cache so that a run with no change re-parses nothing (results per file, keyed by
     * content, plugin version and rules).
     */
    @Parameter(property = "keepalive-lint.cache", defaultValue = "true")
    private boolean cache;

    /** Where the incremental cache is kept. */
    @Parameter(property = "keepalive-lint.cacheDirectory", defaultValue = "${project.build.directory}/keepalive-lint-cache")
    private File cacheDirectory;

    /** Encoding of the Java sources. */
    @Parameter(property = "keepalive-lint.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** Collects the dependency graph when the goal runs (not before, as requiresDependencyCollection would). */
    @Component
    private ProjectDependenciesResolver dependenciesResolver;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** Runs the engine; a user's mistake (broken rules file, unknown rule id) fails the build without a stack trace. */
    protected LintResult lint(LintRequest request) throws MojoFailureException {
        try {
            return new Engine().lint(request);
        } catch (LintException e) {
            // said once: one problem in the failure itself, several one per line above it
            if (e.details().size() == 1) {
                throw new MojoFailureException("keepalive-lint: " + e.getMessage() + ": " + e.details().get(0));
            }
            for (String detail : e.details()) {
                getLog().error(detail);
            }
            throw new MojoFailureException("keepalive-lint: " + e.getMessage() + ": " + e.details().size()
                + " problems, listed above");
        }
    }

    protected static void print(Log log, ConsoleReport.Line line) {
        if (line.severity() == null) {
            log.info(line.text());
            return;
        }
        switch (line.severity()) {
            case ERROR:
                log.error(line.text());
                break;
            case WARNING:
                log.warn(line.text());
                break;
            default:
                log.info(line.text());
        }
    }

    protected LintRequest request() throws MojoExecutionException {
        return requestBuilder().build();
    }

    /** The request for this module, for a goal to add its own options to. */
    protected LintRequest.Builder requestBuilder() throws MojoExecutionException {
        Path baseDir = project.getBasedir().toPath();
        // Maven's JVM has not compiled the scan's libraries: on a cold run, C1 only (QuickCompilation)
        LintRequest.Builder b = LintRequest.builder(baseDir).quickCompilation(true);
        for (String root : project.getCompileSourceRoots()) {
            b.javaSourceRoot(Paths.get(root));
        }
        if (includeTests) {
            for (String root : project.getTestCompileSourceRoots()) {
                b.javaSourceRoot(Paths.get(root));
            }
        }
        for (Dependency d : project.getDependencies()) {
            if (d.getVersion() != null) {
                b.dependencyVersion(d.getGroupId() + ":" + d.getArtifactId(), d.getVersion());
            }
        }
        if (project.getArtifacts() != null && !project.getArtifacts().isEmpty()) {
            for (Artifact a : project.getArtifacts()) {
                b.dependencyVersion(a.getGroupId() + ":" + a.getArtifactId(), a.getBaseVersion());
            }
        } else {
            DependencyVersions.collect(dependenciesResolver, project, session, getLog()).forEach(b::dependencyVersion);
        }
        for (File f : rulesFiles) {
            b.rulesFile(f.toPath());
        }
        severities.forEach(b::severity);
        products.forEach((product, globs) -> {
            for (String glob : String.valueOf(globs).split(",")) {
                if (!glob.trim().isEmpty()) {
                    b.product(product.trim(), glob.trim());
                }
            }
        });
        for (int i = 0; i < servers.size(); i++) {
            b.declareServer(declaration(servers.get(i), i));
        }
        configIncludes.forEach(b::configInclude);
        configExcludes.forEach(b::configExclude);
        sourceExcludes.forEach(b::sourceExclude);
        if (getLog().isInfoEnabled()) { // -q: nothing
            b.progress(dev.keepalivelint.scan.Progress.throttled(getLog()::info, java.time.Duration.ofSeconds(3),
                java.time.Duration.ofSeconds(3)));
        }
        // Nested modules are scanned when Maven builds them, not again from their parent; a directory with its own
        // build file is another project (a sibling application of a parent POM, an example), not this module's.
        for (String module : modules()) {
            b.excludeDirectory(baseDir.resolve(module).normalize());
        }
        for (Path other : otherProjects(baseDir)) {
            b.excludeDirectory(other);
        }
        // The user's rules files describe servers; they are not the application's configuration.
        for (File f : rulesFiles) {
            Path rules = f.toPath().toAbsolutePath().normalize();
            if (rules.startsWith(baseDir.toAbsolutePath().normalize())) {
                b.configExclude(globLiteral(baseDir.toAbsolutePath().normalize().relativize(rules).toString()));
            }
        }
        b.sourceEncoding(charset());
        if (cache && cacheDirectory != null) {
            b.cacheDirectory(cacheDirectory.toPath());
        }
        if (maxFileSizeMb < 1) {
            throw new MojoExecutionException("keepalive-lint: maxFileSizeMb " + maxFileSizeMb
                + " must be 1 or more (files larger than this many megabytes are not scanned)");
        }
        b.maxFileBytes(maxFileSizeMb * 1024L * 1024L);
        int degree = session == null || session.getRequest() == null ? 1
            : Math.max(1, session.getRequest().getDegreeOfConcurrency());
        b.threads(Math.max(1, Runtime.getRuntime().availableProcessors() / degree));
        return b;
    }

    private DeclaredServer declaration(ServerDeclaration s, int index) throws MojoExecutionException {
        String name = s.getId() == null || s.getId().isBlank() ? "#" + (index + 1) : s.getId().trim();
        String where = "<servers><server> '" + name + "'";
        if (s.getImplementation() == null || s.getImplementation().isBlank()) {
            throw new MojoExecutionException("keepalive-lint: " + where + " needs an <implementation> "
                + "(grpc-java, grpc-go, grpc-core, etcd or one a rules file defines)");
        }
        if (s.getTargets().isEmpty() && !s.isDefault()) {
            throw new MojoExecutionException("keepalive-lint: " + where + " needs <targets>, or <default>true</default> "
                + "to replace the default server policy");
        }
        Duration permit = null;
        if (s.getPermitKeepAliveTime() != null) {
            permit = Durations.parse(s.getPermitKeepAliveTime());
            if (permit == null) {
                throw new MojoExecutionException("keepalive-lint: " + where + ": permitKeepAliveTime '"
                    + s.getPermitKeepAliveTime() + "' is not a duration such as 30s, 5m or PT30S");
            }
        }
        return new DeclaredServer(name, s.getTargets(), s.getImplementation().trim(), s.getVersion(), permit,
            s.getPermitKeepAliveWithoutCalls(), s.isDefault(), "pom.xml " + where);
    }

    /** Build files that make a directory a project of its own. */
    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts",
        "settings.gradle", "settings.gradle.kts");

    /** The immediate subdirectories of {@code baseDir} that hold a build file of their own. */
    static List<Path> otherProjects(Path baseDir) {
        List<Path> out = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> dirs = java.nio.file.Files.newDirectoryStream(baseDir,
            java.nio.file.Files::isDirectory)) {
            for (Path d : dirs) {
                for (String f : BUILD_FILES) {
                    if (java.nio.file.Files.isRegularFile(d.resolve(f))) {
                        out.add(d.toAbsolutePath().normalize());
                        break;
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // an unreadable directory is reported by the scan itself
        }
        return out;
    }

    /** A path as a glob that matches only itself ('*', '?', brackets and braces escaped). */
    static String globLiteral(String path) {
        StringBuilder sb = new StringBuilder();
        for (char c : path.replace('\\', '/').toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The module directories of this project, including those declared in profiles. */
    private List<String> modules() {
        List<String> modules = new ArrayList<>(project.getModules());
        if (project.getModel() != null) {
            for (org.apache.maven.model.Profile p : project.getModel().getProfiles()) {
                modules.addAll(p.getModules());
            }
        }
        return modules;
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("keepalive-lint: unknown source encoding '" + encoding
                + "' (parameter encoding / project.build.sourceEncoding)");
        }
    }
}
