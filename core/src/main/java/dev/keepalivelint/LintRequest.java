package dev.keepalivelint;

import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.scan.Progress;
import dev.keepalivelint.scan.ScanScope;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the engine needs to lint one project, gathered by an adapter (the Maven plugin, a future CLI):
 * plain paths, versions and options, nothing build-tool specific.
 */
public final class LintRequest {
    private final Path baseDir;
    private final List<Path> javaSourceRoots;
    private final Map<String, String> dependencyVersions;
    private final List<Path> rulesFiles;
    private final Charset sourceEncoding;
    private final int threads;
    private final boolean quickCompilation;
    private final long maxFileBytes;
    private final boolean scanConfig;
    private final List<String> configIncludes;
    private final List<String> configExcludes;
    private final List<Path> excludedDirectories;
    private final List<DeclaredServer> declaredServers;
    private final Path cacheDirectory;
    private final Map<String, String> severityOverrides;
    private final List<String> sourceExcludes;
    private final Progress progress;
    private final Map<String, List<String>> products;
    private final Path baselineFile;

    /** Configuration files scanned when no includes are given. */
    public static final List<String> DEFAULT_CONFIG_INCLUDES = List.of("**/*.yml", "**/*.yaml", "**/*.properties");
    /** Directories never scanned for configuration: build output, version control, IDE settings, node_modules. */
    public static final List<String> DEFAULT_EXCLUDED_DIRECTORY_NAMES = ScanScope.DEFAULT_EXCLUDED_DIRECTORY_NAMES;

    private LintRequest(Builder b) {
        this.baseDir = b.baseDir.toAbsolutePath().normalize();
        this.javaSourceRoots = Collections.unmodifiableList(new ArrayList<>(b.javaSourceRoots));
        this.dependencyVersions = Collections.unmodifiableMap(new LinkedHashMap<>(b.dependencyVersions));
        this.rulesFiles = Collections.unmodifiableList(new ArrayList<>(b.rulesFiles));
        this.sourceEncoding = b.sourceEncoding;
        this.threads = b.threads;
        this.quickCompilation = b.quickCompilation;
        this.maxFileBytes = b.maxFileBytes;
        this.scanConfig = b.scanConfig;
        this.configIncludes = List.copyOf(b.configIncludes.isEmpty() ? DEFAULT_CONFIG_INCLUDES : b.configIncludes);
        this.configExcludes = List.copyOf(b.configExcludes);
        this.excludedDirectories = List.copyOf(b.excludedDirectories);
        this.declaredServers = List.copyOf(b.declaredServers);
        this.cacheDirectory = b.cacheDirectory;
        this.severityOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(b.severityOverrides));
        this.products = Collections.unmodifiableMap(new LinkedHashMap<>(b.products));
        this.baselineFile = b.baselineFile;
        this.sourceExcludes = List.copyOf(b.sourceExcludes);
        this.progress = b.progress;
    }

    /** Globs (relative to the base directory) of Java files not to scan, e.g. generated code. */
    public List<String> sourceExcludes() {
        return sourceExcludes;
    }

    /** Told how far the scan is (never null). */
    public Progress progress() {
        return progress;
    }

    /**
     * Which product (cortex, mimir, loki) configuration files belong to, by globs relative to the base
     * directory, for files whose content does not tell.
     */
    public Map<String, List<String>> products() {
        return products;
    }

    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    /** The project directory; reported paths are relative to it. */
    public Path baseDir() {
        return baseDir;
    }

    /** Directories of Java sources to scan (main and, when wanted, test sources). */
    public List<Path> javaSourceRoots() {
        return javaSourceRoots;
    }

    /** Resolved dependency versions by "groupId:artifactId". */
    public Map<String, String> dependencyVersions() {
        return dependencyVersions;
    }

    /** User rules files, applied after the shipped rules in this order. */
    public List<Path> rulesFiles() {
        return rulesFiles;
    }

    public Charset sourceEncoding() {
        return sourceEncoding;
    }

    /** See {@link Builder#quickCompilation}. */
    public boolean quickCompilation() {
        return quickCompilation;
    }

    public int threads() {
        return threads;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Whether YAML and .properties files are scanned. */
    public boolean scanConfig() {
        return scanConfig;
    }

    /** Globs (relative to the base directory) of configuration files to scan. */
    public List<String> configIncludes() {
        return configIncludes;
    }

    /** Globs of configuration files not to scan, on top of the default excluded directories. */
    public List<String> configExcludes() {
        return configExcludes;
    }

    /**
     * Where the incremental cache lives (per-file scan results keyed by content, plugin version and rules);
     * null for no cache.
     */
    public Path cacheDirectory() {
        return cacheDirectory;
    }

    /** Severity per rule id ("error", "warning", "note", or "off" to drop the rule). */
    public Map<String, String> severityOverrides() {
        return severityOverrides;
    }

    /** Servers the user declared in the build configuration; they come before those of rules files. */
    public List<DeclaredServer> declaredServers() {
        return declaredServers;
    }

    /** Directories not to scan for configuration, e.g. nested modules that are scanned as their own module. */
    public List<Path> excludedDirectories() {
        return excludedDirectories;
    }

    /**
     * The baseline to apply: when this file exists, the findings it accounts for are moved to the suppressed
     * list; null (or a file not there yet) for none.
     */
    public Path baselineFile() {
        return baselineFile;
    }

    /** Builds a {@link LintRequest}; every option has a sensible default. */
    public static final class Builder {
        private final Path baseDir;
        private final List<Path> javaSourceRoots = new ArrayList<>();
        private final Map<String, String> dependencyVersions = new LinkedHashMap<>();
        private final List<Path> rulesFiles = new ArrayList<>();
        private Charset sourceEncoding = StandardCharsets.UTF_8;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private long maxFileBytes = 8L * 1024 * 1024;
        private boolean scanConfig = true;
        private final List<String> configIncludes = new ArrayList<>();
        private final List<String> configExcludes = new ArrayList<>();
        private final List<Path> excludedDirectories = new ArrayList<>();
        private final List<DeclaredServer> declaredServers = new ArrayList<>();
        private Path cacheDirectory;
        private final Map<String, String> severityOverrides = new LinkedHashMap<>();
        private final List<String> sourceExcludes = new ArrayList<>();
        private Progress progress = Progress.NONE;
        private final Map<String, List<String>> products = new LinkedHashMap<>();
        private Path baselineFile;
        private boolean quickCompilation;

        private Builder(Path baseDir) {
            this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
        }

        public Builder javaSourceRoot(Path root) {
            javaSourceRoots.add(root);
            return this;
        }

        public Builder dependencyVersion(String groupAndArtifact, String version) {
            dependencyVersions.put(groupAndArtifact, version);
            return this;
        }

        public Builder rulesFile(Path file) {
            rulesFiles.add(file);
            return this;
        }

        public Builder sourceEncoding(Charset charset) {
            this.sourceEncoding = Objects.requireNonNull(charset);
            return this;
        }

        /**
         * Whether a cold run (nothing stored in the cache directory) asks the JVM to compile the scan's own libraries
         * with C1 only while it runs ({@link dev.keepalivelint.jvm.QuickCompilation}); off by default, since it acts
         * on the whole JVM. Changes no finding.
         */
        public Builder quickCompilation(boolean on) {
            this.quickCompilation = on;
            return this;
        }

        public Builder threads(int n) {
            this.threads = Math.max(1, n);
            return this;
        }

        public Builder maxFileBytes(long bytes) {
            this.maxFileBytes = bytes;
            return this;
        }

        public Builder scanConfig(boolean scan) {
            this.scanConfig = scan;
            return this;
        }

        public Builder configInclude(String glob) {
            configIncludes.add(glob);
            return this;
        }

        public Builder configExclude(String glob) {
            configExcludes.add(glob);
            return this;
        }

        public Builder excludeDirectory(Path dir) {
            excludedDirectories.add(dir);
            return this;
        }

        public Builder declareServer(DeclaredServer server) {
            declaredServers.add(server);
            return this;
        }

        /** Enables the incremental cache in {@code dir} (for example target/keepalive-lint-cache). */
        public Builder cacheDirectory(Path dir) {
            this.cacheDirectory = dir;
            return this;
        }

        /** Reports rule {@code ruleId} at {@code severity} (error, warning, note) or not at all (off). */
        public Builder severity(String ruleId, String severity) {
            severityOverrides.put(ruleId, severity);
            return this;
        }

        /** The files matching {@code glob} are {@code product}'s configuration (cortex, mimir or loki). */
        public Builder product(String product, String glob) {
            products.computeIfAbsent(product, k -> new ArrayList<>()).add(glob);
            return this;
        }

        /** Applies the baseline in {@code file} when it exists (see {@link LintRequest#baselineFile()}). */
        public Builder baselineFile(Path file) {
            this.baselineFile = file;
            return this;
        }

        /** Does not scan the Java files matching {@code glob} (relative to the base directory, like configExclude). */
        public Builder sourceExclude(String glob) {
            sourceExcludes.add(glob);
            return this;
        }

        /** Reports the scan's progress to {@code p} (for example {@link Progress#throttled}). */
        public Builder progress(Progress p) {
            this.progress = p == null ? Progress.NONE : p;
            return this;
        }

        public LintRequest build() {
            return new LintRequest(this);
        }
    }
}
