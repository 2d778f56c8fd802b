package dev.keepalivelint.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The check goal through the plugin-testing harness: configuration from a POM, a project to lint, the outcome. */
@MojoTest
class CheckMojoTest {
    private static final Path SARIF = Paths.get("target/harness/check/keepalive-lint.sarif").toAbsolutePath();

    @BeforeEach
    void clean() throws Exception {
        Files.deleteIfExists(SARIF);
        Files.deleteIfExists(Paths.get("target/harness/skip/keepalive-lint.sarif"));
    }

    /** A real project model: the fixture project's sources and its jetcd dependency. */
    private static MavenProject project(String fixture, String jetcdVersion) {
        Path base = Paths.get("src/test/resources/projects", fixture).toAbsolutePath();
        MavenProject project = new MavenProject();
        project.setFile(base.resolve("pom.xml").toFile());
        project.addCompileSourceRoot(base.resolve("src/main/java").toString());
        Dependency jetcd = new Dependency();
        jetcd.setGroupId("io.etcd");
        jetcd.setArtifactId("jetcd-core");
        jetcd.setVersion(jetcdVersion);
        project.getModel().addDependency(jetcd);
        return project;
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/check/pom.xml")
    void failsOnAnEtcdClientThatPingsWithoutCallsAndWritesSarif(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "project", project("etcd-defaults", "0.8.6"));
        setVariableValueToObject(mojo, "repositoryRoot", Paths.get("src/test/resources/projects/etcd-defaults")
            .toAbsolutePath().toString());
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("keepalive-lint found 1 error"), e.getMessage());
        assertTrue(Files.exists(SARIF), "SARIF is written even when the build fails");
        String sarif = Files.readString(SARIF, StandardCharsets.UTF_8);
        assertTrue(sarif.contains("\"ruleId\": \"ping-without-calls\""), sarif);
        assertTrue(sarif.contains("\"uri\": \"src/main/java/com/acme/locks/LockManager.java\""), sarif);
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/check/pom.xml")
    void pathsAreRelativeToTheRepositoryRootNotToTheModule(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "project", project("etcd-defaults", "0.8.6"));
        setVariableValueToObject(mojo, "failOnViolation", false);
        setVariableValueToObject(mojo, "repositoryRoot", Paths.get("src/test/resources").toAbsolutePath().toString());
        mojo.execute();
        String sarif = Files.readString(SARIF, StandardCharsets.UTF_8);
        assertTrue(sarif.contains("\"uri\": \"projects/etcd-defaults/src/main/java/com/acme/locks/LockManager.java\""),
            sarif);
        assertTrue(sarif.contains(Paths.get("src/test/resources").toAbsolutePath().toUri().toString()), sarif);
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/check/pom.xml")
    void anUnknownAnnotationsValueIsAnErrorNotAuto(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "project", project("etcd-defaults", "0.8.6"));
        setVariableValueToObject(mojo, "annotations", "off");
        Exception e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("annotations 'off' must be one of [auto, github, none]"), e.getMessage());
        assertFalse(Files.exists(SARIF), "nothing is checked with a broken setting");
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/check/pom.xml")
    void aMaximumFileSizeOfZeroIsAnError(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "project", project("etcd-defaults", "0.8.6"));
        setVariableValueToObject(mojo, "maxFileSizeMb", 0);
        Exception e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("maxFileSizeMb 0 must be 1 or more"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/check/pom.xml")
    void reportsWithoutFailingWhenFailOnViolationIsOff(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "project", project("etcd-defaults", "0.8.6"));
        setVariableValueToObject(mojo, "failOnViolation", false);
        mojo.execute();
        assertTrue(Files.readString(SARIF, StandardCharsets.UTF_8).contains("ping-without-calls"));
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/check/pom.xml")
    void passesOnACleanProject(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "project", project("etcd-tuned", "0.8.6"));
        mojo.execute();
        String sarif = Files.readString(SARIF, StandardCharsets.UTF_8);
        assertTrue(sarif.contains("\"results\": []"), sarif);
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/check/pom.xml")
    void olderJetcdFromTheDependenciesHasNoIdlePings(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "project", project("etcd-defaults", "0.5.3"));
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/check/pom.xml")
    void brokenUserRulesFileFailsWithFileAndLineAndNoStackTrace(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "project", project("etcd-defaults", "0.8.6"));
        File rules = new File("src/test/resources/rules/missing-source.yaml");
        setVariableValueToObject(mojo, "rulesFiles", List.of(rules));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("missing-source.yaml:8: 'source' is missing"), e.getMessage());
        assertFalse(Files.exists(SARIF), "nothing is checked with broken rules");
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/skip/pom.xml")
    void skipDoesNothing(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "project", project("etcd-defaults", "0.8.6"));
        mojo.execute();
        assertFalse(Files.exists(Paths.get("target/harness/skip/keepalive-lint.sarif")));
    }
}
