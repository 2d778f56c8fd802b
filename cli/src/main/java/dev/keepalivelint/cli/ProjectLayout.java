package dev.keepalivelint.cli;

import dev.keepalivelint.LintRequest;
import dev.keepalivelint.cli.versions.BuildFiles;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the directories given on the command line hold: the base directory reported paths are relative to (the
 * one PATH, or the common parent of several), the Java source roots ({@code src/<set>/java} of every module
 * directory below a PATH, or the PATH itself when it has none) and the build files that tell library versions.
 * Build output, version control, IDE folders and node_modules are not walked, as in the engine.
 */
final class ProjectLayout {
    private final Path baseDir;
    private final List<Path> paths;
    private final List<Path> sourceRoots;
    private final BuildFiles buildFiles;

    private ProjectLayout(Path baseDir, List<Path> paths, List<Path> sourceRoots, BuildFiles buildFiles) {
        this.baseDir = baseDir;
        this.paths = List.copyOf(paths);
        this.sourceRoots = List.copyOf(sourceRoots);
        this.buildFiles = buildFiles;
    }

    Path baseDir() {
        return baseDir;
    }

    /** The directories given, absolute and normalized. */
    List<Path> paths() {
        return paths;
    }

    List<Path> sourceRoots() {
        return sourceRoots;
    }

    BuildFiles buildFiles() {
        return buildFiles;
    }

    /**
     * @param given the PATH arguments (directories), relative to {@code cwd}
     * @param explicitRoots source roots given with --source-root; when any, no roots are looked for
     */
    static ProjectLayout discover(Path cwd, List<Path> given, List<Path> explicitRoots, boolean includeTests)
            throws InputException {
        List<Path> paths = new ArrayList<>();
        for (Path p : given) {
            Path abs = cwd.resolve(p).toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                throw new InputException(p + ": no such directory");
            }
            if (!Files.isDirectory(abs)) {
                throw new InputException(p + ": not a directory (give the project directory to lint)");
            }
            if (!paths.contains(abs)) {
                paths.add(abs);
            }
        }
        List<Path> roots = new ArrayList<>();
        for (Path r : explicitRoots) {
            Path abs = cwd.resolve(r).toAbsolutePath().normalize();
            if (!Files.isDirectory(abs)) {
                throw new InputException(r + ": no such source directory (--source-root)");
            }
            roots.add(abs);
        }
        BuildFiles build = new BuildFiles();
        for (Path p : paths) {
            // A PATH inside another one given is walked with it; walking it again would list its files twice.
            if (paths.stream().anyMatch(other -> !other.equals(p) && p.startsWith(other))) {
                continue;
            }
            List<Path> found = walk(p, includeTests, build);
            if (explicitRoots.isEmpty()) {
                roots.addAll(found.isEmpty() ? List.of(p) : found);
            }
        }
        return new ProjectLayout(commonParent(paths), paths, roots, build);
    }

    /** The {@code src/<set>/java} directories below {@code dir}; build files go to {@code build}. */
    private static List<Path> walk(Path dir, boolean includeTests, BuildFiles build) throws InputException {
        List<Path> roots = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<Path>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String name = String.valueOf(d.getFileName());
                    if (!d.equals(dir) && LintRequest.DEFAULT_EXCLUDED_DIRECTORY_NAMES.contains(name)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path set = d.getParent();
                    Path src = set == null ? null : set.getParent();
                    if (name.equals("java") && src != null && "src".equals(String.valueOf(src.getFileName()))) {
                        if (includeTests || "main".equals(String.valueOf(set.getFileName()))) {
                            roots.add(d);
                        }
                        // Java packages hold no modules nor build files.
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        build.offer(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // The engine's own walk reports what it cannot read among the files it scans.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(dir + ": cannot be listed: " + e.getMessage());
        }
        Collections.sort(roots);
        return roots;
    }

    /** The deepest directory containing every path. */
    static Path commonParent(List<Path> paths) {
        Path common = paths.get(0);
        for (Path p : paths) {
            while (!p.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }
}
