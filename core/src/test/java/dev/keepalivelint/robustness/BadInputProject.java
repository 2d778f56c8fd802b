package dev.keepalivelint.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.Engine;
import dev.keepalivelint.LintException;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.check.PingWithoutCallsCheck;
import dev.keepalivelint.check.UnreadableInputCheck;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.rules.RuleBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small project in a temporary directory with one good file whose finding is known (a jetcd client with
 * library defaults) next to whatever bad input a test writes. The good file's finding must always be there.
 */
final class BadInputProject {
    static final String GOOD_JAVA = "src/main/java/com/acme/good/Election.java";
    static final int GOOD_LINE = 6;
    private static final String GOOD_SOURCE = "package com.acme.good;\n\nimport io.etcd.jetcd.Client;\n\n"
        + "public class Election {\n    Client etcd = Client.builder().endpoints(\"http://etcd:2379\").build();\n}\n";

    private static RuleBook rules;

    final Path root;

    BadInputProject(Path root) throws IOException {
        this.root = root;
        write(GOOD_JAVA, GOOD_SOURCE.getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(root.resolve("src/main/resources"));
    }

    Path write(String relative, byte[] content) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Lints the project; an exception escaping the engine fails the test. */
    LintResult lint() {
        try {
            synchronized (BadInputProject.class) {
                if (rules == null) {
                    rules = Engine.loadRules(LintRequest.builder(root).build());
                }
            }
            LintRequest request = LintRequest.builder(root).javaSourceRoot(root.resolve("src/main/java"))
                .threads(2).maxFileBytes(8L << 20).build();
            return new Engine().lint(request, rules);
        } catch (LintException e) {
            throw new AssertionError("the engine refused the project: " + e.details(), e);
        }
    }

    /** The good file's finding is reported, whatever else the project holds. */
    static void assertGoodFindingReported(LintResult r) {
        List<Finding> good = r.findings().stream()
            .filter(f -> f.ruleId().equals(PingWithoutCallsCheck.ID) && f.location().path().equals(GOOD_JAVA)
                && f.location().line() == GOOD_LINE)
            .collect(Collectors.toList());
        assertEquals(1, good.size(), "the good file's finding is lost: " + r.findings());
    }

    /**
     * The bad file is reported exactly once as unreadable-input, on one line, at {@code line} (0: unknown), and
     * no other finding comes from it.
     */
    static Finding assertReportedOnce(LintResult r, String path, int line, String reasonFragment) {
        List<Finding> forFile = r.findings().stream().filter(f -> f.location().path().equals(path))
            .collect(Collectors.toList());
        assertEquals(1, forFile.size(), "expected one finding for " + path + ": " + forFile);
        Finding f = forFile.get(0);
        assertEquals(UnreadableInputCheck.ID, f.ruleId());
        if (line > 0) {
            assertEquals(line, f.location().line(), f.toString());
        }
        assertFalse(f.message().contains("\n"), "one line: " + f.message());
        assertTrue(f.message().contains(reasonFragment), "'" + reasonFragment + "' missing from " + f.message());
        assertGoodFindingReported(r);
        return f;
    }
}
