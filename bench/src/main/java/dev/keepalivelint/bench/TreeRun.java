package dev.keepalivelint.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The phases of one tree, measured in one JVM, and the table that compares them with the targets. */
final class TreeRun {
    private final Path tree;
    private final Path cache;
    private final Path warmCache;
    private final List<Path> all;
    private final List<Path> java;

    /** {@code cache} serves the first scans, {@code warmCache} (may be null for {@link #coldOnly}) the warm ones. */
    TreeRun(Path tree, Path cache, Path warmCache) throws IOException {
        this.tree = tree;
        this.cache = cache;
        this.warmCache = warmCache;
        try (Stream<Path> s = Files.walk(tree)) {
            all = s.filter(TreeRun::isInput).filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        java = all.stream().filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }

    private static boolean isInput(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".java") || n.endsWith(".yml") || n.endsWith(".yaml") || n.endsWith(".properties");
    }

    /** All phases, printed as a table with the targets; returns the cold scan. */
    Phase measureAll() throws Exception {
        long bytes = 0;
        for (Path p : all) {
            bytes += Files.size(p);
        }
        System.out.printf(Locale.ROOT, "%n%s: %d files (%d Java), %.1f MB, %.1f KB per file%n", tree, all.size(),
            java.size(), bytes / 1048576.0, bytes / 1024.0 / Math.max(1, all.size()));
        readAll(); // not measured: warms the OS file cache so that every phase reads from memory
        Phase read = Phase.measure("(a) read-all floor", this::readAll);
        // First the scan as a build meets it: JavaParser's class loading and JIT warm-up are paid here.
        LintRequest request = Benchmark.request(tree, cache);
        LintResult[] results = new LintResult[2];
        Phase cold = Phase.measure("(c) scan, cold cache, JVM cold", () -> (results[0] = Benchmark.lint(request)).filesScanned());
        Phase noChange = Phase.measure("(d) scan, no change", () -> (results[1] = Benchmark.lint(request)).filesScanned());
        Phase parse = Phase.measure("(b) parse everything, 1 thread", () -> parseAll(false));
        Phase validating = Phase.measure("    parse everything, validating", () -> parseAll(true));
        // Then the same with JavaParser warm (after (b)) and a new cache: what the scan itself costs.
        LintRequest warmRequest = Benchmark.request(tree, warmCache);
        Phase warm = Phase.measure("(c) scan, cold cache, JVM warm", () -> Benchmark.lint(warmRequest).filesScanned());
        Phase warmNoChange = Phase.measure("(d) scan, no change, JVM warm", () -> Benchmark.lint(warmRequest).filesScanned());

        System.out.println(Phase.HEADER);
        for (Phase p : List.of(read, parse, validating, cold, noChange, warm, warmNoChange)) {
            System.out.println(p.row());
        }
        System.out.println("  scan, cold:      " + Benchmark.summary(results[0]));
        System.out.println("  scan, no change: " + Benchmark.summary(results[1]));
        System.out.println("targets (issue 6):                                      JVM cold         JVM warm");
        target("(c) scan <= 10 x read-all floor", cold.seconds / read.seconds, warm.seconds / read.seconds, "x",
            10, false);
        target("(c) scan >= 20 x faster than (b) parse-everything", parse.seconds / cold.seconds,
            parse.seconds / warm.seconds, "x", 20, true);
        target("(d) no-change re-run <= 10 % of (c) cold scan", 100 * noChange.seconds / cold.seconds,
            100 * warmNoChange.seconds / warm.seconds, "%", 10, false);
        System.out.printf(Locale.ROOT, "notes: (a) ran once unmeasured first (warm OS file cache for every phase). \"JVM cold\""
            + " scans come first and pay rules loading, class loading%n       and JIT warm-up of the plugin and JavaParser,"
            + " as the first build of a Maven JVM does; \"JVM warm\" scans run after (b), with a new%n       cache. (b) is"
            + " single-threaded, with the plugin's parser configuration (Java 25 level, no validators, no comment%n"
            + "       attribution); \"validating\" is JavaParser's default post-processing. The scan uses %d threads.%n",
            request.threads());
        return cold;
    }

    /** Only the cold scan (for the half-size tree). */
    Phase coldOnly() throws Exception {
        readAll();
        return Phase.measure("(c) scan, cold, " + java.size() + " Java files", () ->
            Benchmark.lint(Benchmark.request(tree, cache)).filesScanned());
    }

    private static void target(String what, double cold, double warm, String unit, double bound, boolean atLeast) {
        System.out.printf(Locale.ROOT, "  %-52s %6.1f %-2s %-7s  %6.1f %-2s %s%n", what, cold, unit,
            verdict(cold, bound, atLeast), warm, unit, verdict(warm, bound, atLeast));
    }

    private static String verdict(double value, double bound, boolean atLeast) {
        return (atLeast ? value >= bound : value <= bound) ? "met" : "NOT met";
    }

    private int readAll() throws IOException {
        for (Path p : all) {
            Files.readAllBytes(p);
        }
        return all.size();
    }

    /**
     * What a linter without a pre-filter would do: parse every Java file, with the plugin's own parser
     * configuration (Java 25, post-parse processors off) or, validating, with JavaParser's default processors.
     */
    private int parseAll(boolean validating) throws IOException {
        ParserConfiguration configuration = new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_25)
            .setAttributeComments(false);
        if (!validating) {
            configuration.getProcessors().clear();
        }
        JavaParser parser = new JavaParser(configuration);
        int failed = 0;
        for (Path p : java) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            if (!parser.parse(text).isSuccessful()) {
                failed++;
            }
        }
        if (failed > 0) {
            System.out.printf(Locale.ROOT, "  (%d of %d Java files did not parse%s)%n", failed, java.size(),
                validating ? ", validating" : "");
        }
        return java.size();
    }
}
