package dev.keepalivelint.bench;

import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Writes every finding of each tree (no cache), one line each: tree, rule, file, line, column, then the message,
 * sorted, so that two builds of the engine can be compared with {@code diff} (first on rule, file and line with
 * {@code cut -f1-4}, then on the messages). Suppressed findings are listed too, marked.
 *
 * <pre>java -cp ... dev.keepalivelint.bench.Findings OUT.tsv TREE...</pre>
 */
public final class Findings {
    private Findings() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Findings OUT.tsv TREE...");
            System.exit(2);
        }
        List<String> lines = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path tree = Paths.get(args[i]).toAbsolutePath().normalize();
            LintRequest request = Benchmark.request(tree, null);
            long start = System.nanoTime();
            LintResult r = Benchmark.lint(request);
            System.out.printf(Locale.ROOT, "%-40s %7.2f s  %s%n", tree.getFileName(), (System.nanoTime() - start) / 1e9,
                Benchmark.summary(r));
            String name = String.valueOf(tree.getFileName());
            for (Finding f : r.findings()) {
                lines.add(line(name, f, ""));
            }
            for (Finding f : r.suppressed()) {
                lines.add(line(name, f, "suppressed "));
            }
        }
        Collections.sort(lines);
        Files.write(Paths.get(args[0]), lines, StandardCharsets.UTF_8);
        System.out.println(lines.size() + " findings written to " + args[0]);
    }

    private static String line(String tree, Finding f, String mark) {
        return tree + "\t" + mark + f.ruleId() + "\t" + f.location().path() + "\t" + f.location().line() + "\t"
            + f.location().column() + "\t" + f.message().replace('\n', ' ').replace('\t', ' ');
    }
}
