package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Severity;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    private static LintResult result(Finding... findings) {
        return new LintResult(List.of(findings), List.of(), List.of(), "test", 1, 1, Duration.ZERO);
    }

    private static Finding finding(Severity s, String path, int line, int column, String message, String fix) {
        return new Finding("ping-without-calls", s, new Location(path, line, column), message, fix, List.of(), "x");
    }

    @Test
    void oneCommandPerFindingWithWorkspaceRelativePaths() {
        Path workspace = Paths.get("/home/runner/work/shop/shop");
        List<String> lines = GithubAnnotations.render(result(
            finding(Severity.ERROR, "src/main/java/A.java", 12, 5, "pings idle connections.", "Write false."),
            finding(Severity.WARNING, "src/main/resources/application.yml", 3, 0, "raised.", null),
            finding(Severity.NOTE, "pom.xml", 0, 0, "unknown.", null)), workspace.resolve("services/cart"), workspace);
        // findings come in path order
        assertEquals("::notice file=services/cart/pom.xml,title=keepalive-lint ping-without-calls::unknown.", lines.get(0));
        assertEquals("::error file=services/cart/src/main/java/A.java,line=12,col=5,endLine=12,"
            + "title=keepalive-lint ping-without-calls::pings idle connections. Fix: Write false.", lines.get(1));
        assertEquals("::warning file=services/cart/src/main/resources/application.yml,line=3,endLine=3,"
            + "title=keepalive-lint ping-without-calls::raised.", lines.get(2));
    }

    @Test
    void escapingOfDataAndProperties() {
        Finding f = finding(Severity.ERROR, "src/a,b:c%d.yml", 1, 1, "100% \"too_many_pings\"\r\nnext: a, b", null);
        String line = GithubAnnotations.render(result(f), Paths.get("/w"), Paths.get("/w")).get(0);
        assertEquals("::error file=src/a%2Cb%3Ac%25d.yml,line=1,col=1,endLine=1,title=keepalive-lint ping-without-calls"
            + "::100%25 \"too_many_pings\"%0D%0Anext: a, b", line);
        assertEquals("a%3Ab%2Cc%25%0A", GithubAnnotations.property("a:b,c%\n"));
        assertEquals("a:b,c%25%0D", GithubAnnotations.data("a:b,c%\r"));
    }

    @Test
    void modulesOutsideTheWorkspaceKeepTheirOwnPaths() {
        String line = GithubAnnotations.render(result(finding(Severity.ERROR, "A.java", 1, 1, "m", null)),
            Paths.get("/elsewhere/mod"), Paths.get("/w")).get(0);
        assertTrue(line.startsWith("::error file=A.java,"), line);
    }

    @Test
    void onInGithubActionsOrWhenForced() {
        assertTrue(GithubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true"), "auto"));
        assertFalse(GithubAnnotations.enabled(Map.of(), "auto"));
        assertTrue(GithubAnnotations.enabled(Map.of(), "github"));
        assertFalse(GithubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true"), "none"));
    }
}
