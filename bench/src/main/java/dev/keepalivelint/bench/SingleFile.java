package dev.keepalivelint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One file scanned alone (copied into a tree of its own under src/test/java, at the path its package implies):
 * in a fresh JVM, as a build that meets it first, and in this JVM warm (best of three), to show what the file itself
 * costs. Its constants in other files are not there, so values they hold stay unresolved; the cost is the same.
 */
final class SingleFile {
    private SingleFile() {
    }

    static void run(Path file, Path work) throws Exception {
        String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;").matcher(text);
        String pkg = m.find() ? m.group(1).replace('.', '/') + "/" : "";
        Path tree = work.resolve("tree");
        Path copy = tree.resolve("src/test/java/" + pkg + file.getFileName());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
        RealTrees.FreshRun fresh = RealTrees.FreshRun.of(tree, work.resolve("cache"));
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) { // the first warms the JIT
            long start = System.nanoTime();
            Benchmark.lint(Benchmark.request(tree, null));
            double s = (System.nanoTime() - start) / 1e9;
            best = i == 0 ? best : Math.min(best, s);
        }
        System.out.printf(Locale.ROOT, "%none file alone: %s (%.0f KB)%n  fresh JVM: %s (process %.2f s)%n"
            + "  warm JVM, best of 3: %.3f s%n", file, Files.size(file) / 1024.0, fresh.line, fresh.process, best);
    }
}
