package dev.keepalivelint.scan.project;

import dev.keepalivelint.model.Diagnostic;
import dev.keepalivelint.scan.Globs;
import dev.keepalivelint.scan.ScanScope;
import dev.keepalivelint.scan.SourceFinder;
import dev.keepalivelint.scan.config.ConfigScanner;
import dev.keepalivelint.scan.java.JavaFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The files a lint reads: Java sources under the source roots and configuration files under the base
 * directory, found in one walk of the base directory (source roots usually lie inside it), plus a walk of
 * each source root the base walk does not reach (outside the base directory, or inside a directory never
 * scanned for configuration such as target/).
 *
 * <p>Its own package, above scan.java and scan.config: it hands out their file types, while they use the
 * shared reading and pre-filtering of scan, so keeping it in scan would make scan and its subpackages a cycle.
 */
public final class ProjectFiles {
    private final List<JavaFile> java = new ArrayList<>();
    private final List<ConfigScanner.ConfigFile> config = new ArrayList<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private ProjectFiles() {
    }

    public List<JavaFile> java() {
        return java;
    }

    public List<ConfigScanner.ConfigFile> config() {
        return config;
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    public static ProjectFiles find(ScanScope scope, SourceFinder finder) {
        ProjectFiles out = new ProjectFiles();
        Path base = scope.baseDir();
        List<Path> roots = new ArrayList<>();
        for (Path r : scope.javaSourceRoots()) {
            roots.add(r.toAbsolutePath().normalize());
        }
        Globs includes = new Globs(scope.configIncludes());
        Globs excludes = new Globs(scope.configExcludes());
        Globs sourceExcludes = new Globs(scope.sourceExcludes());
        Set<Path> excludedDirs = new HashSet<>();
        for (Path p : scope.excludedDirectories()) {
            excludedDirs.add(p.toAbsolutePath().normalize());
        }
        // Asked for every directory of the walk: nothing is built for an option that is not used.
        Predicate<Path> skip = d -> ScanScope.DEFAULT_EXCLUDED_DIRECTORY_NAMES.contains(String.valueOf(d.getFileName()))
            || !excludedDirs.isEmpty() && excludedDirs.contains(d.toAbsolutePath().normalize())
            // a directory is skipped when the excludes would drop every file in it ("**/generated/**")
            || !excludes.isEmpty() && excludes.matches(finder.display(d) + "/-");

        List<Path> walkedByBase = new ArrayList<>();
        if (scope.scanConfig()) {
            for (Path root : roots) {
                if (reachedFrom(base, root, skip)) {
                    walkedByBase.add(root);
                }
            }
            // Every file of a directory has the same source root: look it up once per directory.
            Map<Path, Optional<Path>> rootOfDirectory = new HashMap<>();
            Set<Path> walkedRoots = new HashSet<>(walkedByBase);
            Function<Path, Path> rootOf = file -> rootOfDirectory.computeIfAbsent(file.getParent(),
                dir -> Optional.ofNullable(rootOf(dir, walkedRoots))).orElse(null);
            SourceFinder.Found found = finder.find(base, p -> {
                String name = p.getFileName().toString();
                if (name.endsWith(".java")) {
                    return rootOf.apply(p) != null && (sourceExcludes.isEmpty() || !sourceExcludes.matches(finder.display(p)));
                }
                String rel = finder.display(p);
                return includes.matches(rel) && !excludes.matches(rel);
            }, skip);
            out.problems.addAll(found.problems());
            for (Path p : found.files()) {
                Path root = p.getFileName().toString().endsWith(".java") ? rootOf.apply(p) : null;
                if (root != null) {
                    out.java.add(JavaFile.under(root, p, finder.display(p), found.attributes(p)));
                } else {
                    out.config.add(new ConfigScanner.ConfigFile(p, finder.display(p), found.attributes(p)));
                }
            }
        }
        for (Path root : roots) {
            if (walkedByBase.contains(root)) {
                continue;
            }
            SourceFinder.Found found = finder.find(root, p -> p.getFileName().toString().endsWith(".java")
                && (sourceExcludes.isEmpty() || !sourceExcludes.matches(finder.display(p))),
                d -> !sourceExcludes.isEmpty() && sourceExcludes.matches(finder.display(d) + "/-"));
            out.problems.addAll(found.problems());
            for (Path file : found.files()) {
                out.java.add(JavaFile.under(root, file, finder.display(file), found.attributes(file)));
            }
        }
        return out;
    }

    /** True when walking {@code base} with {@code skip} reaches {@code root}: it lies below and nothing on the way is skipped. */
    private static boolean reachedFrom(Path base, Path root, Predicate<Path> skip) {
        if (!root.startsWith(base) || root.equals(base)) {
            return root.equals(base);
        }
        Path current = root;
        while (!current.equals(base)) {
            if (skip.test(current)) {
                return false;
            }
            current = current.getParent();
        }
        return true;
    }

    /**
     * The innermost source root containing {@code dir} (or equal to it), or null: the first of its ancestors that is a
     * root, so a reactor with hundreds of modules costs the directory's depth, not the number of roots.
     */
    private static Path rootOf(Path dir, Set<Path> roots) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (roots.contains(d)) {
                return d;
            }
        }
        return null;
    }
}
