package dev.keepalivelint.bench.realworld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares the harness's findings with the expectations and prints one table row per repo@commit (errors and
 * warnings, true, false, unclassified, known bugs found, fixed places clean), the precision at HEAD and, below
 * the table, every finding that is not classified yet (ready to paste into expectations.tsv), every false alarm,
 * every missed bug and every fixed place that is not clean.
 * <p>
 * Usage: {@code Compare REPOS.tsv RUNS.tsv EXPECTATIONS.tsv FINDINGS.tsv [--only owner/name]}: the entries of
 * REPOS.tsv that were linted (listed in RUNS.tsv, written by run.sh) are compared. Exit status 1 when a known bug
 * is missed, a fixed or must-stay-clean place has a finding, or a finding is unclassified.
 */
public final class Compare {
    private Compare() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: Compare REPOS.tsv RUNS.tsv EXPECTATIONS.tsv FINDINGS.tsv [--only owner/name]");
            System.exit(2);
        }
        String only = args.length > 5 && args[4].equals("--only") ? args[5] : null;
        List<Expectations.Row> expected = Expectations.read(Paths.get(args[2]));
        List<Findings.Row> findings = Findings.read(Paths.get(args[3]));
        List<String[]> runs = runs(Paths.get(args[0]), linted(Paths.get(args[1])), only);

        List<String> unclassified = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<Expectations.Row> used = new HashSet<>();
        int headTrue = 0;
        int headFalse = 0;
        int allTrue = 0;
        int allFalse = 0;
        int bugsListed = 0;
        int bugsFound = 0;
        int fixedListed = 0;
        int fixedClean = 0;
        System.out.printf(Locale.ROOT, "%-52s %-6s %4s %4s %5s %5s %7s %7s%n", "repo@commit", "role", "E+W", "true",
            "false", "uncl.", "bugs", "fixed");
        for (String[] run : runs) {
            String repo = run[0];
            String commit = run[1];
            String role = run[2];
            List<Findings.Row> here = new ArrayList<>();
            boolean failed = false;
            for (Findings.Row f : findings) {
                if (f.repo.equals(repo) && f.commit.equals(commit)) {
                    failed |= f.rule.equals("harness-failure");
                    if (f.counts() && !f.rule.equals("harness-failure")) {
                        here.add(f);
                    }
                }
            }
            int t = 0;
            int fa = 0;
            int u = 0;
            for (Findings.Row f : here) {
                Expectations.Row c = classification(expected, repo, commit, f);
                if (c == null) {
                    u++;
                    unclassified.add(String.join("\t", "finding", repo, commit.substring(0, 12), f.rule, f.file,
                        String.valueOf(f.line), "?", f.severity + ": " + f.message));
                    continue;
                }
                used.add(c);
                if (c.kind.equals("bug") || c.verdict.equals("true")) {
                    t++;
                } else {
                    fa++;
                    falseAlarms.add(repo + "@" + commit.substring(0, 12) + " " + f.rule + " " + f.file + ":" + f.line
                        + " — " + c.reason);
                }
                if (c.kind.equals("fixed") || c.kind.equals("clean")) {
                    problems.add("expectations.tsv:" + c.lineNumber + " " + c.kind + " place " + c.place() + " at "
                        + repo + "@" + commit.substring(0, 12) + " has " + f.rule + " at line " + f.line);
                }
            }
            int bl = 0;
            int bf = 0;
            int xl = 0;
            int xc = 0;
            for (Expectations.Row e : expected) {
                if (!e.at(repo, commit)) {
                    continue;
                }
                if (e.kind.equals("bug")) {
                    bl++;
                    boolean found = here.stream().anyMatch(e::covers);
                    if (found) {
                        bf++;
                        used.add(e);
                    } else {
                        problems.add("expectations.tsv:" + e.lineNumber + " known bug MISSED: " + repo + "@"
                            + commit.substring(0, 12) + " " + e.rule + " " + e.place() + " (" + e.reason + ")");
                    }
                } else if (e.kind.equals("fixed") || e.kind.equals("clean")) {
                    used.add(e);
                    boolean clean = here.stream().noneMatch(e::covers);
                    if (e.kind.equals("fixed")) {
                        xl++;
                        xc += clean ? 1 : 0;
                    }
                    if (!clean) {
                        problems.add("expectations.tsv:" + e.lineNumber + " " + e.kind + " place NOT CLEAN: " + repo
                            + "@" + commit.substring(0, 12) + " " + e.place() + " (" + e.reason + ")");
                    }
                }
            }
            bugsListed += bl;
            bugsFound += bf;
            fixedListed += xl;
            fixedClean += xc;
            allTrue += t;
            allFalse += fa;
            if (role.equals("head")) {
                headTrue += t;
                headFalse += fa;
            }
            System.out.printf(Locale.ROOT, "%-52s %-6s %4d %4d %5d %5d %7s %7s%s%n",
                repo + "@" + commit.substring(0, 12), role, here.size(), t, fa, u,
                bl == 0 ? "-" : bf + "/" + bl, xl == 0 ? "-" : (xc == xl ? "yes" : "NO") + " " + xc + "/" + xl,
                failed ? "  HARNESS FAILURE" : "");
            if (failed) {
                problems.add(repo + "@" + commit + ": the engine failed on this tree (see findings.tsv)");
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "precision at HEAD: %s (%d true, %d false); all commits: %s (%d true, %d false)%n",
            percent(headTrue, headFalse), headTrue, headFalse, percent(allTrue, allFalse), allTrue, allFalse);
        System.out.printf(Locale.ROOT, "known bugs found: %d/%d; fixed places clean: %d/%d; unclassified: %d%n",
            bugsFound, bugsListed, fixedClean, fixedListed, unclassified.size());
        print("False alarms", falseAlarms);
        print("Problems", problems);
        print("Unclassified (classify each in expectations.tsv: replace ? by true or false and write the reason)",
            unclassified);
        List<String> stale = new ArrayList<>();
        Set<String> ran = new HashSet<>();
        runs.forEach(r -> ran.add(r[0] + " " + r[1]));
        for (Expectations.Row e : expected) {
            boolean inRun = ran.stream().anyMatch(r -> r.startsWith(e.repo + " " + e.commit));
            if (e.kind.equals("finding") && inRun && !used.contains(e)) {
                stale.add("expectations.tsv:" + e.lineNumber + " " + e.repo + "@" + e.commit + " " + e.rule + " "
                    + e.place() + " (" + e.verdict + ") is no longer reported");
            }
        }
        print("No longer reported (a fixed false alarm, or a lost true finding)", stale);
        System.exit(problems.isEmpty() && unclassified.isEmpty() ? 0 : 1);
    }

    /** The expectation that classifies a finding: its own finding row first, then a known bug's place. */
    private static Expectations.Row classification(List<Expectations.Row> expected, String repo, String commit,
                                                   Findings.Row f) {
        Expectations.Row place = null;
        for (Expectations.Row e : expected) {
            if (!e.at(repo, commit)) {
                continue;
            }
            if (e.kind.equals("finding") && e.rule.equals(f.rule) && e.file.equals(f.file) && e.from == f.line) {
                return e;
            }
            if (place == null && !e.kind.equals("finding") && e.covers(f)) {
                place = e;
            }
        }
        if (place != null && place.kind.equals("bug")) {
            return place;
        }
        return place;
    }

    /** "repo commit" of every tree that was linted. */
    private static Set<String> linted(Path runsFile) throws IOException {
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(runsFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length > 2) {
                out.add(f[1] + " " + f[2]);
            }
        }
        return out;
    }

    private static List<String[]> runs(Path list, Set<String> linted, String only) throws IOException {
        List<String[]> runs = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if ((only == null || only.equals(f[0])) && linted.contains(f[0] + " " + f[1])) {
                runs.add(new String[] {f[0], f[1], f[2]});
            }
        }
        return runs;
    }

    private static String percent(int t, int f) {
        return t + f == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * t / (t + f));
    }

    private static void print(String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println(title + ":");
        lines.forEach(l -> System.out.println("  " + l));
    }
}
