package dev.keepalivelint.bench.realworld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What we expect of each repository at each pinned commit (bench/realworld/expectations.tsv). TAB-separated
 * columns: kind, repo, commit (a prefix is enough), rule ({@code *} for any), file, lines ({@code 12},
 * {@code 10-20} or {@code *}), verdict, reason. Kinds:
 * <ul>
 *   <li>{@code bug}: a known keepalive bug at its buggy commit; it must be reported there (verdict: {@code fix=SHA});</li>
 *   <li>{@code fixed}: the same place at the commit that fixed it; it must be clean (verdict: {@code bug=SHA});</li>
 *   <li>{@code clean}: a place that must stay clean at that commit;</li>
 *   <li>{@code finding}: one reported error or warning, classified {@code true} or {@code false} with the reason a
 *       maintainer would accept.</li>
 * </ul>
 */
final class Expectations {
    static final class Row {
        final String kind;
        final String repo;
        final String commit;
        final String rule;
        final String file;
        final int from;
        final int to;
        final String verdict;
        final String reason;
        final int lineNumber;

        Row(String[] f, int lineNumber) {
            this.kind = f[0].trim();
            this.repo = f[1].trim();
            this.commit = f[2].trim();
            this.rule = f[3].trim();
            this.file = f[4].trim();
            String lines = f[5].trim();
            if (lines.equals("*")) {
                from = 0;
                to = Integer.MAX_VALUE;
            } else {
                int dash = lines.indexOf('-');
                from = Integer.parseInt(dash < 0 ? lines : lines.substring(0, dash));
                to = dash < 0 ? from : Integer.parseInt(lines.substring(dash + 1));
            }
            this.verdict = f[6].trim();
            this.reason = f.length > 7 ? f[7].trim() : "";
            this.lineNumber = lineNumber;
        }

        boolean at(String repo, String commit) {
            return this.repo.equals(repo) && commit.startsWith(this.commit);
        }

        /** Whether this row's place covers a finding (same run checked by the caller). */
        boolean covers(Findings.Row f) {
            return (rule.equals("*") || rule.equals(f.rule)) && file.equals(f.file) && f.line >= from && f.line <= to;
        }

        String place() {
            return file + ":" + (from == to ? String.valueOf(from) : to == Integer.MAX_VALUE ? "*" : from + "-" + to);
        }
    }

    private Expectations() {
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 7) {
                throw new IOException(file + ":" + n + ": expected at least 7 TAB-separated columns, found " + f.length);
            }
            try {
                rows.add(new Row(f, n));
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + n + ": bad line range '" + f[5] + "'", e);
            }
        }
        return rows;
    }
}
