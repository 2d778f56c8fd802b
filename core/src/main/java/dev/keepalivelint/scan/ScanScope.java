package dev.keepalivelint.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where to look: the base directory, the Java source roots, which configuration files to read and which
 * directories to skip. The scanner's own view of the request, so that scanning needs no engine type (the
 * engine builds it from its request; another front end could build it from anything).
 */
public final class ScanScope {
    /** Directories never scanned for configuration: build output, version control, IDE settings, node_modules. */
    public static final List<String> DEFAULT_EXCLUDED_DIRECTORY_NAMES = List.of("target", "build", ".git", ".svn", ".hg",
        ".bzr", ".idea", ".vscode", ".settings", ".gradle", ".mvn", "node_modules");

    private final Path baseDir;
    private final List<Path> javaSourceRoots;
    private final List<String> configIncludes;
    private final List<String> configExcludes;
    private final List<Path> excludedDirectories;
    private final boolean scanConfig;
    private final List<String> sourceExcludes;

    /**
     * @param configIncludes      globs (relative to the base directory) of the configuration files to read
     * @param configExcludes      globs of configuration files and directories to skip
     * @param excludedDirectories directories skipped entirely (nested modules that lint themselves)
     * @param scanConfig          false: Java sources only
     */
    public ScanScope(Path baseDir, List<Path> javaSourceRoots, List<String> configIncludes,
                     List<String> configExcludes, List<Path> excludedDirectories, boolean scanConfig) {
        this.baseDir = Objects.requireNonNull(baseDir);
        this.javaSourceRoots = List.copyOf(javaSourceRoots);
        this.configIncludes = List.copyOf(configIncludes);
        this.configExcludes = List.copyOf(configExcludes);
        this.excludedDirectories = List.copyOf(excludedDirectories);
        this.scanConfig = scanConfig;
        this.sourceExcludes = List.of();
    }

    private ScanScope(ScanScope base, List<String> sourceExcludes) {
        this.baseDir = base.baseDir;
        this.javaSourceRoots = base.javaSourceRoots;
        this.configIncludes = base.configIncludes;
        this.configExcludes = base.configExcludes;
        this.excludedDirectories = base.excludedDirectories;
        this.scanConfig = base.scanConfig;
        this.sourceExcludes = List.copyOf(sourceExcludes);
    }

    /** The same scope, without the Java files matching {@code globs} (relative to the base directory). */
    public ScanScope withSourceExcludes(List<String> globs) {
        return new ScanScope(this, globs);
    }

    /** Globs of Java files not to scan (generated code). */
    public List<String> sourceExcludes() {
        return sourceExcludes;
    }

    public Path baseDir() {
        return baseDir;
    }

    public List<Path> javaSourceRoots() {
        return javaSourceRoots;
    }

    public List<String> configIncludes() {
        return configIncludes;
    }

    public List<String> configExcludes() {
        return configExcludes;
    }

    public List<Path> excludedDirectories() {
        return excludedDirectories;
    }

    public boolean scanConfig() {
        return scanConfig;
    }
}
