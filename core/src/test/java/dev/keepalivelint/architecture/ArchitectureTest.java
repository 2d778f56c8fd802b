package dev.keepalivelint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import dev.keepalivelint.architecture.fixture.a.Upstream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's package rules, enforced instead of kept by convention: no cycle between its packages, neither
 * between top-level slices (each top-level package below dev.keepalivelint with its subpackages; the root package
 * with Engine, LintRequest and LintResult is a slice of its own) nor between single packages (scan and scan.java
 * count apart); the layers point one way (values, then rules, scanners, folding and checks, then reports and the
 * engine); and no Maven API outside the Maven adapter.
 */
class ArchitectureTest {
    private static final String BASE = "dev.keepalivelint";
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
    }

    /** Slices: the root package, then one per top-level package below it. */
    static ArchRule freeOfCycles(String base) {
        return SlicesRuleDefinition.slices().assignedFrom(new TopLevelPackages(base)).should().beFreeOfCycles();
    }

    /** Every package its own slice. */
    static ArchRule packagesFreeOfCycles(String base) {
        return SlicesRuleDefinition.slices().assignedFrom(new SinglePackages(base)).should().beFreeOfCycles();
    }

    static ArchRule noMavenOutside(String allowed, String forbidden) {
        return noClasses().that().resideOutsideOfPackage(allowed + "..")
            .should().dependOnClassesThat().resideInAPackage(forbidden + "..");
    }

    @Test
    void theRulesSeeTheWholeEngine() {
        // A rule over an import that found nothing would pass; make sure every package is in it.
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : engine) {
            packages.add(c.getPackageName());
        }
        for (String p : new String[] {"", ".model", ".rules", ".scan", ".scan.java", ".scan.config", ".scan.project",
            ".link", ".check", ".report", ".cache", ".yaml"}) {
            assertTrue(packages.contains(BASE + p), "imported packages " + packages + " lack " + BASE + p);
        }
        assertFalse(packages.contains(BASE + ".architecture"), "test classes were imported: " + packages);
    }

    @Test
    void noPackageCycles() {
        freeOfCycles(BASE).check(engine);
    }

    @Test
    void noCyclesBetweenSinglePackages() {
        packagesFreeOfCycles(BASE).check(engine);
    }

    @Test
    void valuesDependOnNothingElseOfTheEngine() {
        noClasses().that().resideInAPackage(BASE + ".model..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE, BASE + ".rules..", BASE + ".scan..",
                BASE + ".cache..", BASE + ".link..", BASE + ".check..", BASE + ".report..", BASE + ".baseline..",
                BASE + ".yaml..")
            .because("model holds the values every other package shares").check(engine);
    }

    @Test
    void scannersKnowNeitherTheCacheNorWhatComesAfterScanning() {
        noClasses().that().resideInAPackage(BASE + ".scan..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE, BASE + ".cache..", BASE + ".link..",
                BASE + ".check..", BASE + ".report..", BASE + ".baseline..")
            .because("the cache wraps the scanners through scan.java.JavaResultStore, and the engine composes the rest")
            .check(engine);
    }

    @Test
    void checksReadValuesOnly() {
        noClasses().that().resideInAPackage(BASE + ".check..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE, BASE + ".scan..", BASE + ".cache..",
                BASE + ".report..", BASE + ".rules..", BASE + ".baseline..")
            .because("a check reads the Analysis (model values), never a scanner or a report").check(engine);
    }

    @Test
    void reportsNeedNoCheckScannerOrRules() {
        noClasses().that().resideInAPackage(BASE + ".report..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + ".check..", BASE + ".scan..",
                BASE + ".cache..", BASE + ".link..", BASE + ".rules..")
            .because("a report renders a LintResult, whose rules are RuleDescriptors").check(engine);
    }

    @Test
    void noMavenApiOutsideTheMavenAdapter() {
        noMavenOutside(BASE + ".maven", "org.apache.maven").check(engine);
    }

    @Test
    void theRulesFailOnACycleAndOnAForbiddenDependency() {
        // The rules above pass on the engine; here they must fail on two packages that use each other.
        JavaClasses cyclic = new ClassFileImporter().importPackagesOf(Upstream.class,
            dev.keepalivelint.architecture.fixture.b.Downstream.class);
        String fixture = BASE + ".architecture.fixture";
        assertTrue(freeOfCycles(fixture).evaluate(cyclic).hasViolation(), "a cycle a -> b -> a was not found");
        assertTrue(packagesFreeOfCycles(fixture).evaluate(cyclic).hasViolation(), "a cycle a -> b -> a was not found");
        assertTrue(noMavenOutside(fixture + ".a", fixture + ".a").evaluate(cyclic).hasViolation(),
            "b's dependency on a was not found");
        assertFalse(noMavenOutside(fixture + ".a", "org.apache.maven").evaluate(cyclic).hasViolation());
    }

    /** Assigns a class to its own package (relative to {@code base}; "(root)" for {@code base} itself). */
    private static final class SinglePackages implements SliceAssignment {
        private final String base;

        SinglePackages(String base) {
            this.base = base;
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String p = javaClass.getPackageName();
            if (p.equals(base)) {
                return SliceIdentifier.of("(root)");
            }
            return p.startsWith(base + ".") ? SliceIdentifier.of(p.substring(base.length() + 1)) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of " + base;
        }
    }

    /** Assigns a class to "(root)" in {@code base} itself, or to the first package name below {@code base}. */
    private static final class TopLevelPackages implements SliceAssignment {
        private final String base;

        TopLevelPackages(String base) {
            this.base = base;
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String p = javaClass.getPackageName();
            if (p.equals(base)) {
                return SliceIdentifier.of("(root)");
            }
            if (!p.startsWith(base + ".")) {
                return SliceIdentifier.ignore();
            }
            String rest = p.substring(base.length() + 1);
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "top-level packages of " + base;
        }
    }
}
