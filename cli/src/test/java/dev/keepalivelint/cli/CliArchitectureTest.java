package dev.keepalivelint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command line is an adapter on core: no Maven API in it, the version readers know nothing of it, core knows nothing of it. */
class CliArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.keepalivelint");
    }

    @Test
    void theImportSeesTheCliAndCore() {
        Set<String> packages = new TreeSet<>();
        classes.forEach(c -> packages.add(c.getPackageName()));
        assertTrue(packages.containsAll(Set.of("dev.keepalivelint", "dev.keepalivelint.cli", "dev.keepalivelint.cli.versions",
            "dev.keepalivelint.report")), packages.toString());
    }

    @Test
    void noMavenApi() {
        noClasses().that().resideInAPackage("dev.keepalivelint..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.maven..").check(classes);
    }

    @Test
    void versionReadersDoNotDependOnTheCommandLine() {
        noClasses().that().resideInAPackage("dev.keepalivelint.cli.versions..")
            .should().dependOnClassesThat().resideInAPackage("dev.keepalivelint.cli").check(classes);
    }

    @Test
    void coreDoesNotDependOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("dev.keepalivelint.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.keepalivelint.cli..").check(classes);
    }
}
