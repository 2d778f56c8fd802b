package dev.keepalivelint.bench.realworld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The findings the harness wrote (findings.tsv: repo, commit, rule, severity, file, line, message head). */
final class Findings {
    static final class Row {
        final String repo;
        final String commit;
        final String rule;
        final String severity;
        final String file;
        final int line;
        final String message;

        Row(String[] f) {
            repo = f[0];
            commit = f[1];
            rule = f[2];
            severity = f[3];
            file = f[4];
            line = Integer.parseInt(f[5]);
            message = f.length > 6 ? f[6] : "";
        }

        /** Errors and warnings count; notes (unresolved values) do not. */
        boolean counts() {
            return severity.equals("error") || severity.equals("warning");
        }
    }

    private Findings() {
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                rows.add(new Row(lines.get(i).split("\t", -1)));
            }
        }
        return rows;
    }
}
