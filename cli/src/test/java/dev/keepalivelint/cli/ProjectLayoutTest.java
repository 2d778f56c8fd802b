package dev.keepalivelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which source roots and build files a directory holds. */
class ProjectLayoutTest {
    @TempDir
    Path dir;

    private void mkdirs(String... paths) throws Exception {
        for (String p : paths) {
            Files.createDirectories(dir.resolve(p));
        }
    }

    @Test
    void sourceSetsOfEveryModuleNotBuildOutput() throws Exception {
        mkdirs("app/src/main/java/com/acme", "app/src/test/java", "app/src/integrationTest/java", "app/src/main/resources",
            "lib/src/main/java", "lib/build/generated/src/main/java", "target/src/main/java", "node_modules/x/src/main/java",
            "gradle");
        Files.writeString(dir.resolve("gradle/libs.versions.toml"), "");
        Files.writeString(dir.resolve("app/build.gradle.kts"), "");
        Files.writeString(dir.resolve("lib/pom.xml"), "<project/>");
        Files.writeString(dir.resolve("app/src/main/java/com/acme/pom.xml"), "<project/>");
        ProjectLayout layout = ProjectLayout.discover(dir, List.of(Path.of(".")), List.of(), true);
        assertEquals(dir, layout.baseDir());
        assertEquals(List.of(dir.resolve("app/src/integrationTest/java"), dir.resolve("app/src/main/java"),
            dir.resolve("app/src/test/java"), dir.resolve("lib/src/main/java")), layout.sourceRoots());
        assertEquals(List.of(dir.resolve("app/build.gradle.kts"), dir.resolve("gradle/libs.versions.toml"),
            dir.resolve("lib/pom.xml")), layout.buildFiles().files());

        ProjectLayout mainOnly = ProjectLayout.discover(dir, List.of(dir), List.of(), false);
        assertEquals(List.of(dir.resolve("app/src/main/java"), dir.resolve("lib/src/main/java")), mainOnly.sourceRoots());
    }

    @Test
    void aDirectoryWithoutSourceSetsIsItsOwnRootSeveralPathsShareTheirParent() throws Exception {
        mkdirs("deploy/cortex", "services/a/src/main/java");
        ProjectLayout layout = ProjectLayout.discover(dir, List.of(Path.of("deploy"), Path.of("services/a")), List.of(), true);
        assertEquals(dir, layout.baseDir());
        assertEquals(List.of(dir.resolve("deploy"), dir.resolve("services/a/src/main/java")), layout.sourceRoots());

        ProjectLayout nested = ProjectLayout.discover(dir, List.of(Path.of("services"), Path.of("services/a")), List.of(), true);
        assertEquals(dir.resolve("services"), nested.baseDir());
        assertEquals(List.of(dir.resolve("services/a/src/main/java")), nested.sourceRoots());

        ProjectLayout explicit = ProjectLayout.discover(dir, List.of(dir), List.of(Path.of("deploy")), true);
        assertEquals(List.of(dir.resolve("deploy")), explicit.sourceRoots());
    }

    @Test
    void aMissingPathOrAFileIsTheUsersToFix() throws Exception {
        Files.writeString(dir.resolve("file.txt"), "x");
        InputException e = assertThrows(InputException.class,
            () -> ProjectLayout.discover(dir, List.of(Path.of("nope")), List.of(), true));
        assertEquals("nope: no such directory", e.getMessage());
        e = assertThrows(InputException.class, () -> ProjectLayout.discover(dir, List.of(Path.of("file.txt")), List.of(), true));
        assertTrue(e.getMessage().startsWith("file.txt: not a directory"), e.getMessage());
        e = assertThrows(InputException.class, () -> ProjectLayout.discover(dir, List.of(dir), List.of(Path.of("src")), true));
        assertTrue(e.getMessage().contains("--source-root"), e.getMessage());
    }
}
