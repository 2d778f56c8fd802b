package dev.keepalivelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.RelatedLocation;
import dev.keepalivelint.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which directory paths are relative to, and the paths rewritten for it. */
class RepositoryPathsTest {
    @TempDir
    Path dir;

    @Test
    void theCiCheckoutFirstThenTheNearestGitDirectoryThenTheFallback() throws IOException {
        Path repo = dir.resolve("repo");
        Path module = Files.createDirectories(repo.resolve("multi/orders"));
        Path fallback = repo.resolve("multi");
        assertEquals(fallback.toAbsolutePath(), RepositoryPaths.root(Map.of(), module, fallback));
        Files.createDirectories(repo.resolve(".git"));
        assertEquals(repo.toAbsolutePath(), RepositoryPaths.root(Map.of(), module, fallback));
        // a worktree or submodule has a .git file
        Files.createDirectories(repo.resolve("multi/sub"));
        Files.writeString(repo.resolve("multi/sub/.git"), "gitdir: ../../.git/modules/sub\n");
        assertEquals(repo.resolve("multi/sub").toAbsolutePath(),
            RepositoryPaths.root(Map.of(), repo.resolve("multi/sub"), fallback));
        assertEquals(Path.of("/ci/work").toAbsolutePath(),
            RepositoryPaths.root(Map.of("CI_PROJECT_DIR", "/ci/work"), module, fallback));
        assertEquals(Path.of("/gh/ws").toAbsolutePath(), RepositoryPaths.root(
            Map.of("GITHUB_WORKSPACE", "/gh/ws", "CI_PROJECT_DIR", "/ci/work"), module, fallback));
    }

    @Test
    void findingsRelatedLocationsAndSuppressedFindingsAreRebased() {
        Finding f = new Finding("ping-without-calls", Severity.ERROR, new Location("src/A.java", 3, 5), "m", "fix",
            List.of(new RelatedLocation(new Location("src/S.java", 9, 1), "server")), "s");
        LintResult r = new LintResult(List.of(f), List.of(f), List.of(), List.of(), "t", 1, 1, Duration.ZERO);
        String prefix = RepositoryPaths.prefix(dir.resolve("multi/orders"), dir);
        assertEquals("multi/orders/", prefix);
        LintResult rebased = RepositoryPaths.rebase(r, prefix);
        assertEquals("multi/orders/src/A.java", rebased.findings().get(0).location().path());
        assertEquals("multi/orders/src/S.java", rebased.findings().get(0).related().get(0).location().path());
        assertEquals("multi/orders/src/A.java", rebased.suppressed().get(0).location().path());
        assertEquals("", RepositoryPaths.prefix(dir, dir.resolve("elsewhere")), "a module outside the root keeps its paths");
    }
}
