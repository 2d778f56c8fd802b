package dev.keepalivelint.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.keepalivelint.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Real source trees (checkouts extracted from git, given on the command line), each measured in the same run:
 * the read-all floor, JavaParser parsing every Java file, the plugin's scan in a fresh JVM with an empty cache and
 * again with no change (what a CI build and a re-run cost the build: a Maven JVM runs the plugin once), files
 * parsed, heap after GC of the scan, and ast-grep's time for one Java pattern on the same tree when {@code ast-grep}
 * is on the PATH, with the ratio. Then the totals, and the targets of issue 11.
 */
final class RealTrees {
    static final String AST_GREP_PATTERN = "$B.keepAliveTime($T, $U)";

    private final List<Path> trees;
    private final Path work;
    private final boolean parseAll;
    /** The directory holding every tree (--corpus), measured once more as one tree: one JVM, one ast-grep run. */
    private final Path union;

    RealTrees(List<Path> trees, Path work, boolean parseAll, Path union) {
        this.trees = trees;
        this.work = work;
        this.parseAll = parseAll;
        this.union = union;
    }

    /** One tree's figures. */
    private static final class Row {
        String name;
        int javaFiles;
        double mb;
        double read;
        double parse = -1;
        FreshRun cold;
        FreshRun noChange;
        long afterGcMb = -1;
        double astGrep = -1;
        double astGrepCpu = -1;
        int astGrepMatches = -1;
    }

    void run() throws Exception {
        String astGrep = findOnPath("ast-grep");
        System.out.printf(Locale.ROOT, "%nreal trees (%d); ast-grep: %s%n", trees.size(),
            astGrep == null ? "not on the PATH (npm i -g @ast-grep/cli)" : astGrep + " " + version(astGrep));
        List<Row> rows = new ArrayList<>();
        for (Path tree : trees) {
            rows.add(measure(tree, astGrep, parseAll));
        }
        Row all = union == null ? null : measure(union, astGrep, false);
        System.out.printf(Locale.ROOT, "%n  %-14s %6s %6s %7s %8s %9s %9s %7s %7s %9s %8s %7s%n", "tree", "java", "MB",
            "read s", "parse s", "cold s", "no-chg s", "parsed", "heap MB", "ast-grep", "matches", "ratio");
        System.out.printf(Locale.ROOT, "  %-14s %6s %6s %7s %8s %9s %9s %7s %7s %9s %8s %7s%n", "", "", "", "", "",
            "cpu s", "cpu s", "", "", "cpu s", "", "cpu");
        Row total = new Row();
        total.name = "total";
        total.cold = new FreshRun();
        total.noChange = new FreshRun();
        total.parse = 0;
        total.astGrep = astGrep == null ? -1 : 0;
        total.astGrepCpu = astGrep == null ? -1 : 0;
        total.astGrepMatches = astGrep == null ? -1 : 0;
        for (Row r : rows) {
            print(r);
            total.javaFiles += r.javaFiles;
            total.mb += r.mb;
            total.read += r.read;
            total.parse = r.parse < 0 || total.parse < 0 ? -1 : total.parse + r.parse;
            total.cold.add(r.cold);
            total.noChange.add(r.noChange);
            total.afterGcMb = Math.max(total.afterGcMb, r.afterGcMb);
            if (astGrep != null) {
                total.astGrep += r.astGrep;
                total.astGrepCpu += r.astGrepCpu;
                total.astGrepMatches += r.astGrepMatches;
            }
        }
        print(total);
        if (all != null) {
            all.name = "one run";
            print(all);
        }
        System.out.printf(Locale.ROOT, "  cold / no-chg: the scan in a fresh JVM (rules, class loading and JIT included, JVM"
            + " start-up not); in brackets the%n  process's wall time with JVM start-up. heap MB: most heap live (reachable)"
            + " during an in-JVM cold scan, a full GC%n  forced every 100 ms.%n  ratio: cold scan / ast-grep wall time (ast-grep: one process,"
            + " pattern %s, all cores).%n", AST_GREP_PATTERN);
        Row t = all != null ? all : total;
        System.out.println("targets (issue 11), " + (all != null ? "the corpus in one run (" + union + ")" : "corpus total")
            + "; wall time, then CPU time:");
        if (astGrep != null) {
            double ratio = t.cold.inside / t.astGrep;
            double cpuRatio = t.cold.cpu / t.astGrepCpu;
            System.out.printf(Locale.ROOT, "  plugin cold scan <= 0.5 x ast-grep:          %6.2f x  %-8s %6.2f x  %s%n", ratio,
                ratio <= 0.5 ? "met" : "NOT met", cpuRatio, cpuRatio <= 0.5 ? "met" : "NOT met");
        }
        double pct = 100 * t.noChange.inside / t.cold.inside;
        double cpuPct = 100 * t.noChange.cpu / t.cold.cpu;
        System.out.printf(Locale.ROOT, "  no-change re-run <= 10 %% of the cold scan:   %6.1f %%  %-8s %6.1f %%  %s%n", pct,
            pct <= 10 ? "met" : "NOT met", cpuPct, cpuPct <= 10 ? "met" : "NOT met");
        if (all != null && all.afterGcMb >= 0 && total.afterGcMb > 0) {
            // Flat: the corpus as one tree needs not much more live heap than its largest tree alone. What does grow
            // with the number of files is the list of them (path, stamp, content hash: about half a KB a file), and
            // the sampled peak moves by a few MB from run to run with the files being parsed at that moment.
            boolean flat = all.afterGcMb <= total.afterGcMb * 1.25;
            System.out.printf(Locale.ROOT, "  live heap flat in tree size:                 %d MB for %d files, the largest single "
                + "tree %d MB  %s%n", all.afterGcMb, all.javaFiles, total.afterGcMb, flat ? "met" : "NOT met");
        }
    }

    private static void print(Row r) {
        System.out.printf(Locale.ROOT, "  %-14s %6d %6.1f %7.2f %8s %9s %9s %7d %7s %9s %8s %7s%n", r.name, r.javaFiles,
            r.mb, r.read, r.parse < 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.parse),
            String.format(Locale.ROOT, "%.2f", r.cold.inside), String.format(Locale.ROOT, "%.2f", r.noChange.inside),
            r.cold.parsed, r.afterGcMb < 0 ? "-" : String.valueOf(r.afterGcMb),
            r.astGrep < 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.astGrep),
            r.astGrepMatches < 0 ? "-" : String.valueOf(r.astGrepMatches),
            r.astGrep <= 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.cold.inside / r.astGrep));
        System.out.printf(Locale.ROOT, "  %-14s %6s %6s %7s %8s %9s %9s %7s %7s %9s %8s %7s%n", "", "", "", "", "",
            String.format(Locale.ROOT, "%.2f", r.cold.cpu), String.format(Locale.ROOT, "%.2f", r.noChange.cpu), "", "",
            r.astGrepCpu < 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.astGrepCpu), "",
            r.astGrepCpu <= 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.cold.cpu / r.astGrepCpu));
        System.out.printf(Locale.ROOT, "  %-14s %6s %6s %7s %8s %9s %9s%n", "", "", "", "", "",
            String.format(Locale.ROOT, "[%.2f]", r.cold.process), String.format(Locale.ROOT, "[%.2f]", r.noChange.process));
    }

    private Row measure(Path tree, String astGrep, boolean parseAll) throws Exception {
        Row r = new Row();
        r.name = String.valueOf(tree.getFileName());
        List<Path> java;
        List<Path> all;
        try (Stream<Path> s = Files.walk(tree)) {
            all = s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".java") || n.endsWith(".yml") || n.endsWith(".yaml") || n.endsWith(".properties");
            }).collect(Collectors.toList());
        }
        java = all.stream().filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        r.javaFiles = java.size();
        long bytes = 0;
        for (Path p : all) {
            bytes += Files.size(p);
        }
        r.mb = bytes / 1048576.0;
        System.out.printf(Locale.ROOT, "%n%s: %d files (%d Java), %.1f MB%n", tree, all.size(), java.size(), r.mb);
        readAll(all); // unmeasured: warms the OS file cache for every phase and for ast-grep
        Phase read = Phase.measure("(a) read-all floor", () -> readAll(all));
        r.read = read.seconds;

        Path cache = work.resolve("cache-real-" + r.name);
        Benchmark.deleteTree(cache);
        r.cold = FreshRun.of(tree, cache);
        r.noChange = FreshRun.of(tree, cache);
        System.out.printf(Locale.ROOT, "  fresh JVM, cold cache:  %s%n  fresh JVM, no change:   %s%n", r.cold.line,
            r.noChange.line);

        Path inJvm = work.resolve("cache-real-" + r.name + "-in-jvm");
        Benchmark.deleteTree(inJvm);
        LintResult[] result = new LintResult[1];
        Phase cold = Phase.measure("(c) scan, cold cache, this JVM", () ->
            (result[0] = Benchmark.lint(Benchmark.request(tree, inJvm))).filesScanned());
        Phase again = Phase.measure("(d) scan, no change, this JVM", () ->
            Benchmark.lint(Benchmark.request(tree, inJvm)).filesScanned());
        Path liveCache = work.resolve("cache-real-" + r.name + "-live");
        Benchmark.deleteTree(liveCache);
        Phase live = Phase.measureLive("(e) scan, cold cache, live heap sampled", () ->
            Benchmark.lint(Benchmark.request(tree, liveCache)).filesScanned());
        Benchmark.deleteTree(liveCache);
        r.afterGcMb = live.afterGcBytes < 0 ? -1 : live.afterGcBytes >> 20;
        List<Phase> phases = new ArrayList<>(List.of(read, cold, again, live));
        if (parseAll) {
            Phase parse = Phase.measure("(b) parse every Java file, 1 thread", () -> parseAll(java));
            r.parse = parse.seconds;
            phases.add(parse);
        }
        if (astGrep != null) {
            long start = System.nanoTime();
            double[] cpu = new double[1];
            r.astGrepMatches = astGrep(astGrep, tree, cpu);
            r.astGrep = (System.nanoTime() - start) / 1e9;
            r.astGrepCpu = cpu[0];
        }
        System.out.println(Phase.HEADER);
        for (Phase p : phases) {
            System.out.println(p.row());
        }
        if (r.astGrep >= 0) {
            System.out.printf(Locale.ROOT, "  ast-grep %s: %.2f s (cpu %.2f s), %d matches%n", AST_GREP_PATTERN,
                r.astGrep, r.astGrepCpu, r.astGrepMatches);
            System.out.printf(Locale.ROOT, "  plugin cold scan / ast-grep: %.2f by wall time, %.2f by CPU time%n",
                r.cold.inside / r.astGrep, r.cold.cpu / r.astGrepCpu);
        }
        Benchmark.deleteTree(cache);
        Benchmark.deleteTree(inJvm);
        return r;
    }

    private static int readAll(List<Path> files) throws IOException {
        for (Path p : files) {
            Files.readAllBytes(p);
        }
        return files.size();
    }

    private static int parseAll(List<Path> java) throws IOException {
        ParserConfiguration configuration = new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25).setAttributeComments(false);
        configuration.getProcessors().clear();
        JavaParser parser = new JavaParser(configuration);
        for (Path p : java) {
            parser.parse(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
        return java.size();
    }

    /**
     * Runs ast-grep with the pattern on the tree; returns the number of matches, and its CPU seconds (user + system,
     * from the shell's {@code times}) in {@code cpu[0]}.
     */
    private static int astGrep(String exe, Path tree, double[] cpu) throws IOException, InterruptedException {
        Path out = Files.createTempFile("ast-grep", ".json");
        try {
            Process p = new ProcessBuilder("bash", "-c", "\"$0\" run --pattern \"$1\" --lang java --json=stream \"$2\" > \"$3\""
                + " 2>/dev/null; times", exe, AST_GREP_PATTERN, tree.toString(), out.toString())
                .redirectErrorStream(true).start();
            List<String> times = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .collect(Collectors.toList());
            p.waitFor();
            // the second line of `times`: the children's user and system time, e.g. "0m1.234s 0m0.056s"
            if (times.size() >= 2) {
                for (String t : times.get(1).trim().split("\\s+")) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s").matcher(t);
                    if (m.matches()) {
                        cpu[0] += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
                    }
                }
            }
            try (Stream<String> lines = Files.lines(out)) {
                return (int) lines.filter(l -> !l.isBlank()).count();
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static String version(String exe) {
        try {
            Process p = new ProcessBuilder(exe, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return out;
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    static String findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Paths.get(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** One scan in a JVM of its own. */
    static final class FreshRun {
        /** Seconds the scan took inside the JVM (what the plugin adds to a Maven build that is already running). */
        double inside;
        /** Seconds of the whole process, JVM start-up included. */
        double process;
        /** CPU seconds of the scan inside the JVM, every thread (JIT and GC included). */
        double cpu;
        int parsed;
        String line = "";

        void add(FreshRun o) {
            inside += o.inside;
            process += o.process;
            cpu += o.cpu;
            parsed += o.parsed;
        }

        static FreshRun of(Path tree, Path cache) throws IOException, InterruptedException {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(ChildJvm.single(tree, cache)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            FreshRun r = new FreshRun();
            r.process = (System.nanoTime() - start) / 1e9;
            r.line = out;
            // "%6.2f s   N files scanned, M parsed, ..."
            String[] words = out.trim().split("\\s+");
            r.inside = Double.parseDouble(words[0]);
            for (int i = 1; i < words.length; i++) {
                if (words[i].startsWith("parsed")) {
                    r.parsed = Integer.parseInt(words[i - 1]);
                }
                if (words[i - 1].equals("cpu")) {
                    r.cpu = Double.parseDouble(words[i]);
                }
            }
            return r;
        }
    }
}
