package dev.keepalivelint.bench;

import dev.keepalivelint.Engine;
import dev.keepalivelint.LintException;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Severity;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark of issue 6. For one tree, in one JVM: (a) reading every file once, the floor any tool pays;
 * (b) JavaParser parsing every Java file, what a linter without a pre-filter pays; (c) the plugin's scan with an
 * empty cache; (d) the same scan again with no change, through the cache (c) wrote. (c) and (d) run twice: first
 * in a JVM that has not run JavaParser yet (before (b)), then warm (after (b)). Then the scan in fresh JVMs (what two
 * {@code mvn validate} runs cost) and, for a generated tree, on a tree half the size, to show whether heap grows
 * with the tree. Prints the figures against the targets; asserts nothing.
 *
 * <pre>bench/run.sh [--files N] [--tree DIR] [--work DIR] [--keep] [--no-half]</pre>
 */
public final class Benchmark {
    private static final String USAGE = "usage: bench/run.sh [--files N] [--tree DIR] [--work DIR] [--keep] [--no-half]\n"
        + "                    [--real DIR]... [--corpus DIR] [--file FILE]... [--no-parse-all] [--scaling] [--only-real]\n"
        + "                    [--jvm-option OPTION]...\n"
        + "  --files N      Java files in the generated tree (default 12000)\n"
        + "  --tree DIR     measure this source tree instead of generating one (all .java/.yml/.yaml/.properties)\n"
        + "  --work DIR     where the generated trees and the caches go (default target/bench-tree)\n"
        + "  --keep         keep the generated trees and caches afterwards (deleted by default)\n"
        + "  --no-half      skip the half-size tree\n"
        + "  --real DIR     also measure this real tree (a checkout; repeatable), with ast-grep when on the PATH\n"
        + "  --corpus DIR   every directory in DIR is a real tree (e.g. the five repositories of issue 11), and DIR\n"
        + "                 itself is measured once more as one tree (one JVM, one ast-grep run)\n"
        + "  --file FILE    also scan this one file alone, fresh JVM and warm (e.g. a very large test class)\n"
        + "  --no-parse-all skip JavaParser parsing every file of the real trees (slow on 78 MB)\n"
        + "  --scaling      the scaling series: one generated test class at 1x, 2x, 4x, 8x its size\n"
        + "  --only-real    skip the generated tree (real trees, files and the scaling series only)\n"
        + "  --jvm-option OPTION  also give the fresh JVMs of the cold and no-change scans this option (repeatable),\n"
        + "                 e.g. -XX:TieredStopAtLevel=1 to measure what C1-only JIT does to a cold scan";

    private int files = 12_000;
    private Path tree;
    private Path work = Paths.get("target/bench-tree");
    private boolean keep;
    private boolean half = true;
    private final List<Path> real = new ArrayList<>();
    private final List<Path> singleFiles = new ArrayList<>();
    private boolean parseAll = true;
    private boolean scaling;
    private boolean onlyReal;
    private Path corpus;
    /** Generated trees and caches, deleted at the end unless --keep. A --tree is never deleted. */
    private final List<Path> scratch = new ArrayList<>();

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--single")) {
            FreshJvm.single(Paths.get(args[1]), Paths.get(args[2]));
            return;
        }
        Benchmark b = new Benchmark();
        try {
            b.parse(args);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() == null ? USAGE : e.getMessage() + "\n" + USAGE);
            System.exit(2);
        }
        b.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--files": files = Integer.parseInt(args[++i]); break;
                case "--tree": tree = Paths.get(args[++i]).toAbsolutePath().normalize(); break;
                case "--work": work = Paths.get(args[++i]); break;
                case "--keep": keep = true; break;
                case "--no-half": half = false; break;
                case "--real": real.add(Paths.get(args[++i]).toAbsolutePath().normalize()); break;
                case "--corpus":
                    corpus = Paths.get(args[++i]).toAbsolutePath().normalize();
                    real.addAll(subdirectories(corpus));
                    break;
                case "--file": singleFiles.add(Paths.get(args[++i]).toAbsolutePath().normalize()); break;
                case "--no-parse-all": parseAll = false; break;
                case "--scaling": scaling = true; break;
                case "--only-real": onlyReal = true; break;
                case "--jvm-option": ChildJvm.addOption(args[++i]); break;
                default: throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (files < 1 || tree != null && !Files.isDirectory(tree)) {
            throw new IllegalArgumentException(files < 1 ? "--files must be positive" : "not a directory: " + tree);
        }
        work = work.toAbsolutePath().normalize();
    }

    private static List<Path> subdirectories(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).sorted()
                .collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    private void run() throws Exception {
        printJvm();
        if (!onlyReal) {
            runGenerated();
        }
        if (!real.isEmpty()) {
            new RealTrees(real, work, parseAll, corpus).run();
        }
        for (Path f : singleFiles) {
            SingleFile.run(f, freshDir("single-" + f.getFileName()));
        }
        if (scaling) {
            ScalingSeries.run(freshDir("scaling"));
        }
        if (!keep) {
            for (Path p : scratch) {
                deleteTree(p);
            }
        }
    }

    private void runGenerated() throws Exception {
        boolean generated = tree == null;
        Path measured = generated ? generate(files) : tree;
        Path cache = freshDir("cache-" + name(measured));
        Phase cold = new TreeRun(measured, cache, freshDir("cache-" + name(measured) + "-warm")).measureAll();

        Path jvmCache = freshDir("cache-" + name(measured) + "-fresh-jvm");
        FreshJvm.run(measured, jvmCache);

        if (generated && half && files >= 2) {
            Path small = generate(files / 2);
            Phase smallCold = new TreeRun(small, freshDir("cache-" + name(small)), null).coldOnly();
            System.out.printf(Locale.ROOT, "%nheap of the cold scan by tree size (is it flat?):%n%s%n%s%n%s%n",
                Phase.HEADER, cold.row(), smallCold.row());
        }
        if (keep) {
            System.out.println("\nkept: " + scratch.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
    }

    private static void printJvm() {
        Runtime rt = Runtime.getRuntime();
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", "));
        System.out.printf(Locale.ROOT, "JVM: %s %s (%s), %d cores available, max heap %d MB, GC: %s; %s %s%n",
            System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("java.vendor"),
            rt.availableProcessors(), rt.maxMemory() >> 20, gcs, System.getProperty("os.name"),
            System.getProperty("os.arch"));
        if (!ChildJvm.options().isEmpty()) {
            System.out.printf(Locale.ROOT, "fresh JVMs of the cold and no-change scans run with: %s%n", ChildJvm.options());
        }
    }

    private Path generate(int count) throws IOException {
        Path dir = freshDir("tree-" + count);
        long start = System.nanoTime();
        TreeGenerator g = new TreeGenerator(dir, TreeGenerator.DEFAULT_SEED);
        long bytes = g.generate(count);
        System.out.printf(Locale.ROOT, "%ngenerated %s: %d Java + %d config files, %.1f MB in %.1f s (seed %d)%n", dir,
            g.javaFiles(), g.configFiles(), bytes / 1048576.0, (System.nanoTime() - start) / 1e9,
            TreeGenerator.DEFAULT_SEED);
        return dir;
    }

    private static String name(Path tree) {
        return tree.getFileName() == null ? "root" : tree.getFileName().toString();
    }

    /** An empty directory under the work directory, registered for deletion. */
    private Path freshDir(String name) throws IOException {
        Path dir = work.resolve(name);
        deleteTree(dir);
        Files.createDirectories(dir);
        scratch.add(dir);
        return dir;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    /** The request the Maven goal would build for the tree: every src/main/java and src/test/java in it. */
    static LintRequest request(Path tree, Path cache) throws IOException {
        // as the Maven goal builds it (quickCompilation off with -Dbench.quickCompilation=false, to compare)
        LintRequest.Builder b = LintRequest.builder(tree).cacheDirectory(cache)
            .quickCompilation(!"false".equals(System.getProperty("bench.quickCompilation")))
            .threads(Runtime.getRuntime().availableProcessors());
        List<Path> roots;
        try (Stream<Path> s = Files.walk(tree)) {
            roots = s.filter(Files::isDirectory)
                .filter(d -> d.endsWith(Paths.get("src/main/java")) || d.endsWith(Paths.get("src/test/java")))
                .sorted().collect(Collectors.toList());
        }
        (roots.isEmpty() ? List.of(tree) : roots).forEach(b::javaSourceRoot);
        return b.build();
    }

    static LintResult lint(LintRequest request) {
        try {
            return new Engine().lint(request);
        } catch (LintException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.details(), e);
        }
    }

    static String summary(LintResult r) {
        return String.format(Locale.ROOT, "%d files scanned, %d parsed, %d findings (%d errors, %d warnings, %d notes)",
            r.filesScanned(), r.filesParsed(), r.findings().size(), r.count(Severity.ERROR), r.count(Severity.WARNING),
            r.count(Severity.NOTE)) + (r.reused() ? ", last result reused" : "");
    }

    /** Each scan in a JVM of its own: class loading and JIT warm-up every time, the second with the first's cache. */
    static final class FreshJvm {
        private FreshJvm() {
        }

        static void run(Path tree, Path cache) throws Exception {
            System.out.printf(Locale.ROOT, "%nthe scan in a fresh JVM each time (rules loading, class loading and JIT "
                + "warm-up included; JVM start-up not):%n");
            for (String run : new String[] {"cold", "no change"}) {
                Process p = new ProcessBuilder(ChildJvm.single(tree, cache)).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                int exit = p.waitFor();
                System.out.printf(Locale.ROOT, "  %-22s %s%s%n", run, out, exit == 0 ? "" : " (exit " + exit + ")");
            }
        }

        static void single(Path tree, Path cache) throws Exception {
            // The request (a walk of the whole tree for its source roots) is not timed: Maven hands the plugin its
            // source roots.
            LintRequest request = request(tree, cache);
            long start = System.nanoTime();
            long cpu = Phase.processCpuNanos();
            LintResult r = lint(request);
            System.out.printf(Locale.ROOT, "%6.2f s   %s; cpu %.2f s", (System.nanoTime() - start) / 1e9, summary(r),
                (Phase.processCpuNanos() - cpu) / 1e9);
        }
    }
}
