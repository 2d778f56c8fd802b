package dev.keepalivelint.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.keepalivelint.Engine;
import dev.keepalivelint.LintException;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures, for one tree in one JVM: reading every file once (the floor), JavaParser parsing every Java file,
 * and the plugin's scan, cold and again with no change, each with files/s and peak heap; then the same scan on
 * a tree half the size, to show whether heap grows with the tree. Prints the figures against the targets;
 * asserts nothing.
 *
 * <pre>bench/run.sh [--files N] [--tree DIR] [--work DIR] [--no-half]</pre>
 */
public final class Benchmark {
    private static final long SEED = 20261124L;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--single")) {
            single(Paths.get(args[1]), Paths.get(args[2]));
            return;
        }
        int files = 12_000;
        Path tree = null;
        Path work = Paths.get("target/bench");
        boolean half = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--files": files = Integer.parseInt(args[++i]); break;
                case "--tree": tree = Paths.get(args[++i]); break;
                case "--work": work = Paths.get(args[++i]); break;
                case "--no-half": half = false; break;
                default:
                    System.err.println("usage: run.sh [--files N] [--tree DIR] [--work DIR] [--no-half]");
                    System.exit(2);
            }
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores available, max heap %d MB%n",
            System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20);
        if (tree == null) {
            tree = generate(work.resolve("tree-" + files), files);
        }
        Phase scan = measureTree(tree, work.resolve("cache-" + tree.getFileName()), true);
        if (half && tree.startsWith(work)) {
            Path small = generate(work.resolve("tree-" + files / 2), files / 2);
            Phase smallScan = measureTree(small, work.resolve("cache-" + small.getFileName()), false);
            System.out.printf(Locale.ROOT, "%nheap, cold scan: %d files peak %d MB, live after GC %d MB; %d files peak %d MB, "
                + "live after GC %d MB%n", scan.files, scan.peakMb, scan.liveMb, smallScan.files, smallScan.peakMb,
                smallScan.liveMb);
        }
    }

    private static Path generate(Path dir, int files) throws IOException {
        if (Files.isDirectory(dir)) {
            deleteTree(dir);
        }
        long start = System.nanoTime();
        TreeGenerator generator = new TreeGenerator(dir, SEED);
        long bytes = generator.generate(files);
        System.out.printf(Locale.ROOT, "generated %s: %d files, %.1f MB in %.1f s (seed %d)%n", dir,
            generator.files(), bytes / 1048576.0, (System.nanoTime() - start) / 1e9, SEED);
        return dir;
    }

    /** One measured phase. */
    private static final class Phase {
        final String name;
        final double seconds;
        final int files;
        final long peakMb;
        final long liveMb;

        Phase(String name, double seconds, int files, long peakMb, long liveMb) {
            this.name = name;
            this.seconds = seconds;
            this.files = files;
            this.peakMb = peakMb;
            this.liveMb = liveMb;
        }

        void print() {
            System.out.printf(Locale.ROOT, "  %-36s %7.2f s %9.0f files/s   heap peak %4d MB, live after GC %4d MB%n",
                name, seconds, files / Math.max(seconds, 1e-9), peakMb, liveMb);
        }
    }

    private static Phase measureTree(Path tree, Path cache, boolean full) throws Exception {
        List<Path> all;
        try (Stream<Path> s = Files.walk(tree)) {
            all = s.filter(Files::isRegularFile).filter(Benchmark::interesting).sorted().collect(Collectors.toList());
        }
        List<Path> java = all.stream().filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        long totalBytes = 0;
        for (Path p : all) {
            totalBytes += Files.size(p);
        }
        System.out.printf(Locale.ROOT, "%n%s: %d files (%d Java), %.1f MB%n", tree, all.size(), java.size(),
            totalBytes / 1048576.0);
        if (Files.isDirectory(cache)) {
            deleteTree(cache);
        }
        readAll(all);
        Phase read = measure("read-all floor", all.size(), () -> readAll(all));
        Phase parse = full ? measure("parse everything (1 thread)", java.size(), () -> parseAll(java)) : null;
        LintRequest request = request(tree, cache);
        LintResult[] result = new LintResult[1];
        Phase cold = measure("keepalive-lint scan, cold", all.size(), () -> result[0] = lint(request));
        LintResult coldResult = result[0];
        Phase warm = measure("keepalive-lint scan, no change", all.size(), () -> result[0] = lint(request));
        Phase again = measure("keepalive-lint scan, no change (3rd)", all.size(), () -> lint(request));
        again = measure("keepalive-lint scan, no change (4th)", all.size(), () -> lint(request));
        read.print();
        if (parse != null) {
            parse.print();
        }
        cold.print();
        warm.print();
        again.print();
        System.out.printf(Locale.ROOT, "  scan: %d files scanned, %d parsed, %d findings (cold); %d parsed (no change)%n",
            coldResult.filesScanned(), coldResult.filesParsed(), coldResult.findings().size(), result[0].filesParsed());
        System.out.printf(Locale.ROOT, "  targets: scan <= 10 x read-all: %.1f x %s%n", cold.seconds / read.seconds,
            cold.seconds <= 10 * read.seconds ? "met" : "NOT met");
        if (parse != null) {
            System.out.printf(Locale.ROOT, "           scan >= 20 x faster than parse-everything: %.1f x %s%n",
                parse.seconds / cold.seconds, parse.seconds >= 20 * cold.seconds ? "met" : "NOT met");
        }
        System.out.printf(Locale.ROOT, "           no-change re-run <= 10 %% of cold: %.1f %% %s (first re-run; %.1f %% once "
                + "the JVM has run that code path before)%n", 100 * warm.seconds / cold.seconds,
            warm.seconds <= 0.1 * cold.seconds ? "met" : "NOT met", 100 * again.seconds / cold.seconds);
        if (full) {
            freshJvm(tree, cache.resolveSibling(cache.getFileName() + "-fresh-jvm"));
        }
        return cold;
    }

    /**
     * What two `mvn validate` runs cost: each scan in a JVM of its own, so class loading and JIT warm-up are
     * paid every time, the second one with the cache the first one wrote.
     */
    private static void freshJvm(Path tree, Path cache) throws Exception {
        if (Files.isDirectory(cache)) {
            deleteTree(cache);
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        for (String run : new String[] {"cold", "no change"}) {
            Process p = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                Benchmark.class.getName(), "--single", tree.toString(), cache.toString())
                .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            System.out.printf(Locale.ROOT, "  %-36s %s%n", "fresh JVM scan, " + run, out);
        }
    }

    /** One scan in this JVM, printing its time (used by {@link #freshJvm}). */
    private static void single(Path tree, Path cache) throws Exception {
        long start = System.nanoTime();
        LintResult r = lint(request(tree, cache));
        System.out.printf(Locale.ROOT, "%7.2f s (%d parsed, rules loading and JVM warm-up included)",
            (System.nanoTime() - start) / 1e9, r.filesParsed());
    }

    private static boolean interesting(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".java") || n.endsWith(".yml") || n.endsWith(".yaml") || n.endsWith(".properties");
    }

    /** The request the Maven goal would build: every src/main/java and src/test/java below the tree. */
    private static LintRequest request(Path tree, Path cache) throws IOException {
        LintRequest.Builder b = LintRequest.builder(tree).cacheDirectory(cache)
            .threads(Runtime.getRuntime().availableProcessors());
        List<Path> roots;
        try (Stream<Path> s = Files.walk(tree)) {
            roots = s.filter(Files::isDirectory)
                .filter(d -> d.endsWith(Paths.get("src/main/java")) || d.endsWith(Paths.get("src/test/java")))
                .sorted().collect(Collectors.toList());
        }
        if (roots.isEmpty()) {
            roots = List.of(tree);
        }
        roots.forEach(b::javaSourceRoot);
        return b.build();
    }

    private static LintResult lint(LintRequest request) {
        try {
            return new Engine().lint(request);
        } catch (LintException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.details(), e);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code work} once, timing it, sampling the used heap every few milliseconds (garbage included) and
     * recording the heap still used after each collection (the live data, which is what must stay flat).
     */
    private static Phase measure(String name, int files, Work work) throws Exception {
        System.gc();
        AtomicLong live = new AtomicLong();
        javax.management.NotificationListener listener = (n, h) -> {
            if (n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                com.sun.management.GarbageCollectionNotificationInfo info = com.sun.management.GarbageCollectionNotificationInfo
                    .from((javax.management.openmbean.CompositeData) n.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                    .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                live.accumulateAndGet(used, Math::max);
            }
        };
        List<java.lang.management.GarbageCollectorMXBean> gcs = java.lang.management.ManagementFactory
            .getGarbageCollectorMXBeans();
        for (java.lang.management.GarbageCollectorMXBean gc : gcs) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        AtomicLong peak = new AtomicLong();
        Runtime rt = Runtime.getRuntime();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
        System.gc();
        for (java.lang.management.GarbageCollectorMXBean gc : gcs) {
            ((javax.management.NotificationEmitter) gc).removeNotificationListener(listener);
        }
        return new Phase(name, seconds, files, peak.get() >> 20, live.get() >> 20);
    }

    private static long readAll(List<Path> files) throws IOException {
        long sum = 0;
        for (Path p : files) {
            sum += Files.readAllBytes(p).length;
        }
        return sum;
    }

    /** What a linter that parses everything would do, with the plugin's parser configuration. */
    private static void parseAll(List<Path> files) throws IOException {
        JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25).setAttributeComments(false));
        int failed = 0;
        for (Path p : files) {
            if (!parser.parse(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).isSuccessful()) {
                failed++;
            }
        }
        if (failed > 0) {
            System.out.println("  (" + failed + " files did not parse)");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> paths = s.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
            for (Path p : paths) {
                Files.delete(p);
            }
        }
    }
}
