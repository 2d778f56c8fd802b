package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubAnnotationsTest {
    private static final Path WORKSPACE = Paths.get("/home/runner/work/shop/shop");

    private static LintResult result(Finding... findings) {
        return new LintResult(List.of(findings), List.of(), List.of(), "test", 1, 1, Duration.ZERO);
    }

    private static Finding finding(Severity s, String path, int line, int column, String message, String fix) {
        return new Finding("ping-without-calls", s, new Location(path, line, column), message, fix, List.of(), "x");
    }

    private static String single(Finding f, Path module, Path workspace) {
        List<String> lines = GithubAnnotations.render(result(f), module, workspace);
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }

    @Test
    void oneCommandPerFindingWithWorkspaceRelativePaths() {
        List<String> lines = GithubAnnotations.render(result(
            finding(Severity.ERROR, "src/main/java/A.java", 12, 5, "pings idle connections.", "Write false."),
            finding(Severity.WARNING, "src/main/resources/application.yml", 3, 0, "raised.", null),
            finding(Severity.NOTE, "pom.xml", 0, 0, "unknown.", null)), WORKSPACE.resolve("services/cart"), WORKSPACE);
        assertEquals(3, lines.size());
        // findings come in path order; unknown line and column are left out, not written as 0
        assertEquals("::notice file=services/cart/pom.xml,title=keepalive-lint ping-without-calls::unknown.", lines.get(0));
        assertEquals("::error file=services/cart/src/main/java/A.java,line=12,col=5,endLine=12,"
            + "title=keepalive-lint ping-without-calls::pings idle connections. Fix: Write false.", lines.get(1));
        assertEquals("::warning file=services/cart/src/main/resources/application.yml,line=3,endLine=3,"
            + "title=keepalive-lint ping-without-calls::raised.", lines.get(2));
    }

    @Test
    void messageEscapesPercentCrAndLfButKeepsColonsAndCommas() {
        Finding f = finding(Severity.ERROR, "A.java", 1, 1, "100% \"too_many_pings\"\r\nnext: a, b\rc\nd", "50%:,");
        String line = single(f, WORKSPACE, WORKSPACE);
        assertEquals("::error file=A.java,line=1,col=1,endLine=1,title=keepalive-lint ping-without-calls"
            + "::100%25 \"too_many_pings\"%0D%0Anext: a, b%0Dc%0Ad Fix: 50%25:,", line);
        assertFalse(line.contains("\n") || line.contains("\r"), "a workflow command is one line");
    }

    @Test
    void fileAndTitleEscapeColonsCommasPercentCrAndLf() {
        Finding f = new Finding("odd:rule,id%", Severity.WARNING, new Location("src/a,b:c%d\ne\rf.yml", 2, 0), "m",
            null, List.of(), "x");
        assertEquals("::warning file=src/a%2Cb%3Ac%25d%0Ae%0Df.yml,line=2,endLine=2,"
            + "title=keepalive-lint odd%3Arule%2Cid%25::m", single(f, WORKSPACE, WORKSPACE));
        // '%' first, so the escapes themselves are not escaped again
        assertEquals("a%3Ab%2Cc%25%0A%0D", GithubAnnotations.property("a:b,c%\n\r"));
        assertEquals("a:b,c%25%0D%0A", GithubAnnotations.data("a:b,c%\r\n"));
    }

    @Test
    void moduleAtTheWorkspaceRootKeepsItsPaths() {
        assertTrue(single(finding(Severity.ERROR, "A.java", 1, 1, "m", null), WORKSPACE, WORKSPACE)
            .startsWith("::error file=A.java,"));
    }

    @Test
    void modulesOutsideTheWorkspaceKeepTheirOwnPaths() {
        Finding f = finding(Severity.ERROR, "A.java", 1, 1, "m", null);
        assertTrue(single(f, Paths.get("/elsewhere/mod"), Paths.get("/w")).startsWith("::error file=A.java,"));
        // a sibling whose name starts like the workspace is not inside it
        assertTrue(single(f, Paths.get("/w-other/mod"), Paths.get("/w")).startsWith("::error file=A.java,"));
        assertTrue(single(f, Paths.get("/w/mod"), null).startsWith("::error file=A.java,"), "no workspace known");
    }

    @Test
    void pathsAreNormalisedAndRelativeOnesResolved() {
        Finding f = finding(Severity.ERROR, "A.java", 1, 1, "m", null);
        assertTrue(single(f, Paths.get("/w/x/../services/./cart"), Paths.get("/w/."))
            .startsWith("::error file=services/cart/A.java,"));
        Path cwd = Paths.get("").toAbsolutePath();
        assertTrue(single(f, cwd.resolve("svc"), Paths.get(".")).startsWith("::error file=svc/A.java,"));
    }

    @Test
    void workspaceReachedThroughALink(@TempDir Path tmp) throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("real/repo"));
        Path module = Files.createDirectories(repo.resolve("services/cart"));
        Path link = tmp.resolve("link");
        try {
            Files.createSymbolicLink(link, repo);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        assertTrue(single(finding(Severity.ERROR, "A.java", 1, 1, "m", null), module, link)
            .startsWith("::error file=services/cart/A.java,"));
    }

    @Test
    void engineFindingOnOneLine() {
        LintResult r = LintFixtures.lint("etcd-defaults", "io.etcd:jetcd-core:0.8.6");
        Path module = LintFixtures.project("etcd-defaults");
        List<String> lines = GithubAnnotations.render(r, module, module.getParent());
        assertEquals(r.findings().size(), lines.size());
        assertTrue(lines.get(0).startsWith("::error file=etcd-defaults/src/main/java/com/acme/locks/LockManager.java,"
            + "line=11,col=23,endLine=11,title=keepalive-lint ping-without-calls::"), lines.get(0));
        assertTrue(lines.get(0).contains("too_many_pings"), lines.get(0));
        assertFalse(lines.get(0).contains("\n"));
    }

    @Test
    void onInGithubActionsOrWhenForced() {
        assertTrue(GithubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true"), "auto"));
        assertFalse(GithubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "false"), "auto"));
        assertFalse(GithubAnnotations.enabled(Map.of(), "auto"));
        assertTrue(GithubAnnotations.enabled(Map.of(), "github"));
        assertFalse(GithubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true"), "none"));
        assertTrue(GithubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true"), null), "no setting: auto");
        Map<String, String> noEnv = new HashMap<>();
        assertFalse(GithubAnnotations.enabled(noEnv, null));
        assertFalse(GithubAnnotations.enabled(null, "auto"));
    }
}
