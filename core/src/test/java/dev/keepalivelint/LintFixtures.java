package dev.keepalivelint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the engine on a small project under src/test/resources/projects and finds findings in the result. */
public final class LintFixtures {
    private LintFixtures() {
    }

    public static Path project(String name) {
        return Paths.get("src/test/resources/projects", name).toAbsolutePath();
    }

    /**
     * Lints a fixture project. {@code dependencies} are "groupId:artifactId:version" strings standing for the
     * project's resolved dependencies.
     */
    public static LintResult lint(String name, String... dependencies) {
        return lint(request(name, dependencies).build());
    }

    public static LintRequest.Builder request(String name, String... dependencies) {
        Path base = project(name);
        LintRequest.Builder b = LintRequest.builder(base);
        // the project's own roots, and those of its modules (a directory beside them holding src/)
        List<Path> modules = new java.util.ArrayList<>(List.of(base));
        try (java.util.stream.Stream<Path> children = Files.list(base)) {
            children.filter(c -> Files.isDirectory(c.resolve("src"))).sorted().forEach(modules::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Path module : modules) {
            for (String root : new String[] {"src/main/java", "src/test/java"}) {
                if (Files.isDirectory(module.resolve(root))) {
                    b.javaSourceRoot(module.resolve(root));
                }
            }
        }
        for (String d : dependencies) {
            String[] parts = d.split(":");
            b.dependencyVersion(parts[0] + ":" + parts[1], parts[2]);
        }
        return b;
    }

    public static LintResult lint(LintRequest request) {
        try {
            return new Engine().lint(request);
        } catch (LintException e) {
            throw new AssertionError(e.getMessage() + " " + e.details(), e);
        }
    }

    /** The findings of one rule. */
    public static List<Finding> of(LintResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
    }

    /** The single finding of {@code ruleId} at {@code file}:{@code line}; fails when there is not exactly one. */
    public static Finding single(LintResult result, String ruleId, String file, int line) {
        List<Finding> found = new ArrayList<>();
        for (Finding f : of(result, ruleId)) {
            if (f.location().path().endsWith(file) && f.location().line() == line) {
                found.add(f);
            }
        }
        assertEquals(1, found.size(), "expected one " + ruleId + " at " + file + ":" + line + " in " + result.findings());
        return found.get(0);
    }

    /** Asserts the message contains every fragment. */
    public static void assertMentions(Finding f, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(f.fullMessage().contains(fragment), "'" + fragment + "' missing from: " + f.fullMessage());
        }
    }

    /** Asserts there is no finding of {@code ruleId} in the file. */
    public static void assertNone(LintResult result, String ruleId, String file) {
        for (Finding f : of(result, ruleId)) {
            if (f.location().path().endsWith(file)) {
                throw new AssertionError("unexpected " + f);
            }
        }
    }
}
