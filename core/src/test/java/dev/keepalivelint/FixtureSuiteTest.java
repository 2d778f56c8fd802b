package dev.keepalivelint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture project with a fixture.txt, linted with its dependencies: the findings (and the suppressed
 * findings) are exactly its markers, and every seen: marker was recognised. A new check or fixture costs a
 * fixture with markers, not a test method.
 */
class FixtureSuiteTest {

    static List<String> projects() throws IOException {
        try (Stream<Path> s = Files.list(LintFixtures.project(""))) {
            return s.filter(p -> Files.isRegularFile(p.resolve(FixtureExpectations.SETTINGS_FILE)))
                .map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void findingsAreExactlyTheMarkers(String project) {
        FixtureExpectations.project(project).assertComplete();
    }

    @Test
    void everyFixtureProjectTakesPart() throws IOException {
        List<String> all;
        try (Stream<Path> s = Files.list(LintFixtures.project(""))) {
            all = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
        List<String> taking = projects();
        assertTrue(all.size() >= 20, all.toString());
        assertTrue(taking.equals(all), "projects without a " + FixtureExpectations.SETTINGS_FILE + ": "
            + all.stream().filter(p -> !taking.contains(p)).collect(Collectors.toList()) + "; give each one (a line"
            + " 'dependencies = group:artifact:version, ...', may be empty) and mark its findings, see FixtureExpectations");
    }
}
