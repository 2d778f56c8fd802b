package dev.keepalivelint.bench.realworld;

import dev.keepalivelint.Engine;
import dev.keepalivelint.LintException;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.rules.RuleBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Lints extracted trees of real repositories the way a user's build would and writes every finding as TSV.
 * <p>
 * Usage: {@code Harness RUNS.tsv FINDINGS.tsv}. Each line of RUNS.tsv (written by bench/realworld/run.sh) is
 * {@code tree<TAB>owner/name<TAB>commit<TAB>deps}, deps being {@code group:artifact=version} joined by commas (the
 * dependency versions that commit's build resolves). FINDINGS.tsv gets one line per finding:
 * {@code repo commit rule severity file line message-head}. A run that fails is written as a line with rule
 * {@code harness-failure}, so it cannot pass for a clean tree.
 */
public final class Harness {
    private static final int MESSAGE_HEAD = 160;

    private Harness() {
    }

    public static void main(String[] args) throws IOException, LintException {
        if (args.length != 2) {
            System.err.println("usage: Harness RUNS.tsv FINDINGS.tsv");
            System.exit(2);
        }
        List<String> runs = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
        RuleBook rules = null;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Paths.get(args[1]), StandardCharsets.UTF_8))) {
            out.println("repo\tcommit\trule\tseverity\tfile\tline\tmessage");
            for (String line : runs) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Path tree = Paths.get(f[0]);
                String repo = f[1];
                String commit = f[2];
                LintRequest request = request(tree, f.length > 3 ? f[3] : "");
                if (rules == null) {
                    rules = Engine.loadRules(request);
                }
                long start = System.nanoTime();
                try {
                    LintResult result = new Engine().lint(request, rules);
                    for (Finding finding : result.findings()) {
                        out.println(String.join("\t", repo, commit, finding.ruleId(),
                            finding.severity().name().toLowerCase(java.util.Locale.ROOT), finding.location().path(),
                            String.valueOf(finding.location().line()), head(finding.message())));
                    }
                    System.err.printf("%-40s %s  %4d findings  %5d files  %6d ms%n", repo, commit,
                        result.findings().size(), result.filesScanned(), (System.nanoTime() - start) / 1_000_000);
                } catch (LintException | RuntimeException e) {
                    out.println(String.join("\t", repo, commit, "harness-failure", "error", "-", "0",
                        head(String.valueOf(e))));
                    System.err.println(repo + " " + commit + ": FAILED " + e);
                }
            }
        }
    }

    static LintRequest request(Path tree, String deps) throws IOException {
        LintRequest.Builder b = LintRequest.builder(tree);
        for (Path root : SourceRoots.find(tree)) {
            b.javaSourceRoot(root);
        }
        for (String dep : deps.split(",")) {
            int eq = dep.indexOf('=');
            if (eq > 0) {
                b.dependencyVersion(dep.substring(0, eq).trim(), dep.substring(eq + 1).trim());
            }
        }
        return b.threads(2).build();
    }

    /** The first line of a message, cut short, without tabs, so that a TSV cell stays one cell. */
    static String head(String message) {
        String first = message.split("\\R", 2)[0].replace('\t', ' ');
        return first.length() <= MESSAGE_HEAD ? first : first.substring(0, MESSAGE_HEAD) + "…";
    }
}
