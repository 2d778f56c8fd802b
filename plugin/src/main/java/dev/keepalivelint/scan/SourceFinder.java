package dev.keepalivelint.scan;

import dev.keepalivelint.model.Location;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Lists files under directories without following symbolic links out of the project: a linked file or
 * directory is used only when its real location lies inside the project, and each real directory is walked
 * once (no loops). Directories that cannot be listed become problems, not exceptions.
 */
public final class SourceFinder {
    /** The project root as given, and its real location (they differ when the path holds a link). */
    private final Path givenRoot;
    private final Path projectRoot;

    public SourceFinder(Path projectRoot) {
        this.givenRoot = projectRoot.toAbsolutePath().normalize();
        this.projectRoot = realOrSelf(projectRoot);
    }

    /** What a walk found. */
    public static final class Found {
        private final List<Path> files;
        private final List<InputProblem> problems;

        Found(List<Path> files, List<InputProblem> problems) {
            this.files = files;
            this.problems = problems;
        }

        public List<Path> files() {
            return files;
        }

        public List<InputProblem> problems() {
            return problems;
        }
    }

    /**
     * Files under {@code root} accepted by {@code fileFilter}, skipping directories for which
     * {@code skipDirectory} is true. Sorted, so results do not depend on the file system's order.
     */
    public Found find(Path root, Predicate<Path> fileFilter, Predicate<Path> skipDirectory) {
        List<Path> files = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return new Found(files, problems);
        }
        java.util.Set<Path> visited = new java.util.HashSet<>();
        try {
            Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<Path>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path real = realOrSelf(dir);
                        if (!real.startsWith(projectRoot) || !visited.add(real)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (!dir.equals(root) && skipDirectory.test(dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && fileFilter.test(file)) {
                            if (Files.isSymbolicLink(file) && !realOrSelf(file).startsWith(projectRoot)) {
                                return FileVisitResult.CONTINUE;
                            }
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (e instanceof java.nio.file.FileSystemLoopException) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (fileFilter.test(file) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                            problems.add(new InputProblem(Location.ofFile(display(file)),
                                "cannot be read: " + describe(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        } catch (IOException e) {
            problems.add(new InputProblem(Location.ofFile(display(root)), "cannot be listed: " + describe(e)));
        }
        Collections.sort(files);
        return new Found(files, problems);
    }

    /** The path relative to the project root, '/' separated (absolute when outside the project). */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(givenRoot) ? givenRoot.relativize(abs)
            : abs.startsWith(projectRoot) ? projectRoot.relativize(abs) : null;
        return (rel == null ? abs.toString() : rel.toString()).replace('\\', '/');
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
