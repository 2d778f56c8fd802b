package dev.keepalivelint.scan;

import dev.keepalivelint.model.Diagnostic;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lists files under directories without following symbolic links out of the project: a linked file or
 * directory is used only when its real location lies inside the project, and a linked directory is walked
 * only once (no loops). Directories that cannot be listed become problems, not exceptions.
 */
public final class SourceFinder {
    /** The project root as given, and its real location (they differ when the path holds a link). */
    private final Path givenRoot;
    private final String givenRootText;
    private final Path projectRoot;

    public SourceFinder(Path projectRoot) {
        this.givenRoot = projectRoot.toAbsolutePath().normalize();
        this.givenRootText = givenRoot.toString().endsWith(java.io.File.separator) ? givenRoot.toString()
            : givenRoot + java.io.File.separator;
        this.projectRoot = realOrSelf(projectRoot);
    }

    /** What a walk found. */
    public static final class Found {
        private final List<Path> files;
        private final List<Diagnostic> problems;
        private final Map<Path, BasicFileAttributes> attributes;

        Found(List<Path> files, List<Diagnostic> problems, Map<Path, BasicFileAttributes> attributes) {
            this.files = files;
            this.problems = problems;
            this.attributes = attributes;
        }

        public List<Path> files() {
            return files;
        }

        /** The attributes the walk read for a file (size, modification time), so nobody needs to stat it again. */
        public BasicFileAttributes attributes(Path file) {
            return attributes.get(file);
        }

        public List<Diagnostic> problems() {
            return problems;
        }
    }

    /**
     * Files under {@code root} accepted by {@code fileFilter}, skipping directories for which
     * {@code skipDirectory} is true. Sorted, so results do not depend on the file system's order.
     */
    public Found find(Path root, Predicate<Path> fileFilter, Predicate<Path> skipDirectory) {
        List<Path> files = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Map<Path, BasicFileAttributes> attributes = new HashMap<>();
        if (Files.isDirectory(root)) {
            Set<Path> visited = new HashSet<>();
            visited.add(realOrSelf(root));
            walk(root, fileFilter, skipDirectory, files, attributes, problems, visited);
        }
        Collections.sort(files);
        return new Found(files, problems, attributes);
    }

    /**
     * Walks without following links, which costs no real-path lookup per directory; a link met on the way is
     * followed only when its real location lies inside the project and (for a directory) was not walked yet.
     */
    private void walk(Path start, Predicate<Path> fileFilter, Predicate<Path> skipDirectory, List<Path> files,
                      Map<Path, BasicFileAttributes> attributes, List<Diagnostic> problems, Set<Path> visited) {
        List<Path> linkedDirectories = new ArrayList<>();
        Path realStart = realOrSelf(start);
        try {
            Files.walkFileTree(start, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<Path>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(start) && skipDirectory.test(dir) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            if (fileFilter.test(file)) {
                                files.add(file);
                                attributes.put(file, attrs);
                            }
                        } else if (attrs.isSymbolicLink()) {
                            Path real = realOrNull(file);
                            // Outside the project: not ours. Inside this walk: listed anyway, once.
                            if (real == null || !real.startsWith(projectRoot) || real.startsWith(realStart)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (Files.isDirectory(real)) {
                                if (!skipDirectory.test(file) && visited.add(real)) {
                                    linkedDirectories.add(file);
                                }
                            } else if (Files.isRegularFile(real) && fileFilter.test(file)) {
                                files.add(file);
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (fileFilter.test(file) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                            problems.add(new Diagnostic(Location.ofFile(display(file)), "cannot be read: " + describe(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        } catch (IOException e) {
            problems.add(new Diagnostic(Location.ofFile(display(start)), "cannot be listed: " + describe(e)));
        }
        for (Path link : linkedDirectories) {
            walk(link, fileFilter, skipDirectory, files, attributes, problems, visited);
        }
    }

    /** The path relative to the project root, '/' separated (absolute when outside the project). */
    public String display(Path file) {
        // Most paths come from walking below the root: cutting the root's text off is much cheaper than relativize.
        String text = file.toString();
        if (file.isAbsolute() && text.startsWith(givenRootText) && text.length() > givenRootText.length()
            && text.indexOf("/.", givenRootText.length()) < 0) {
            return text.substring(givenRootText.length()).replace('\\', '/');
        }
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

    private static Path realOrNull(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
