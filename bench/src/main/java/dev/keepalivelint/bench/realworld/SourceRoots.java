package dev.keepalivelint.bench.realworld;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Java source roots of an extracted tree, as Maven and Gradle lay them out: every {@code src/<set>/java}
 * directory (main, test, integrationTest, jmh, ...) outside build output. A real build gives the plugin these roots
 * module by module; the harness gives them all at once, as a user running the engine on the whole checkout would.
 */
final class SourceRoots {
    private static final Set<String> SKIPPED = Set.of("target", "build", ".git", ".gradle", ".idea", "node_modules",
        "out", "bin");

    private SourceRoots() {
    }

    static List<Path> find(Path tree) throws IOException {
        List<Path> roots = new ArrayList<>();
        Files.walkFileTree(tree, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = String.valueOf(dir.getFileName());
                if (!dir.equals(tree) && SKIPPED.contains(name)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Path parent = dir.getParent();
                Path grandParent = parent == null ? null : parent.getParent();
                if (name.equals("java") && grandParent != null
                    && String.valueOf(grandParent.getFileName()).equals("src")) {
                    roots.add(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        roots.sort(null);
        return roots;
    }
}
