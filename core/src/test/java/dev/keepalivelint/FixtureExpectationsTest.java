package dev.keepalivelint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fixture runner itself: it must fail for a scanner that finds too little, too much, or the wrong thing. */
class FixtureExpectationsTest {

    private static LintResult engine(FixtureExpectations fixture) {
        return LintFixtures.lint(fixture.toString().split(" ")[0], fixture.dependencies().toArray(new String[0]));
    }

    private static List<Observation> observations(String project, String... dependencies) throws LintException {
        LintRequest request = LintFixtures.request(project, dependencies).build();
        return new Engine().observe(request, Engine.loadRules(request));
    }

    @Test
    void aBlindScannerFailsEveryMarker() throws LintException {
        FixtureExpectations channels = FixtureExpectations.project("channels");
        // What a scanner that recognises nothing would hand the runner: no finding, no observation.
        List<String> problems = channels.compare(List.of(), List.of(), List.of());
        List<String> missing = problems.stream().filter(p -> p.startsWith("missing finding:")).collect(Collectors.toList());
        assertEquals(4, missing.size(), problems.toString());
        assertTrue(missing.stream().anyMatch(p -> p.contains("UpstreamChannels.java:44 keepalive-below-client-minimum")),
            problems.toString());
        long notSeen = problems.stream().filter(p -> p.startsWith("not seen:")).count();
        assertEquals(6, notSeen, problems.toString());
        // The engine's real result, stripped of its findings, fails the same way; with them it passes.
        LintResult real = engine(channels);
        List<Observation> seen = observations("channels", "io.grpc:grpc-api:1.83.1");
        assertEquals(4, channels.compare(List.of(), real.suppressed(), seen).size());
        assertEquals(List.of(), channels.compare(real.findings(), real.suppressed(), seen));
    }

    @Test
    void aCleanFixtureThatIsNotSeenFails() {
        // etcd-tuned expects no finding; only its seen: marker tells a recognised clean client from a missed one.
        FixtureExpectations tuned = FixtureExpectations.project("etcd-tuned");
        List<String> problems = tuned.compare(List.of(), List.of(), List.of());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("not seen: src/main/java/com/acme/locks/LockManager.java:11 client"),
            problems.get(0));
    }

    @Test
    void anUnexpectedFindingFailsAndAFixtureWithoutMarkersMustBeClean() {
        FixtureExpectations channels = FixtureExpectations.project("channels");
        LintResult real = engine(channels);
        List<Finding> more = new ArrayList<>(real.findings());
        Finding extra = new Finding("ping-without-calls", real.findings().get(0).severity(),
            new Location("src/main/java/com/acme/gateway/UpstreamChannels.java", 29, 14), "made up", null, List.of(), "x");
        more.add(extra);
        // a second finding where one is expected is as wrong as one where none is
        more.add(real.findings().get(0));
        List<String> problems = channels.compare(more, real.suppressed(), List.of()).stream()
            .filter(p -> !p.startsWith("not seen:")).collect(Collectors.toList());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.startsWith("unexpected finding:")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("UpstreamChannels.java:29 ping-without-calls: made up")),
            problems.toString());

        FixtureExpectations lookalikes = FixtureExpectations.project("config-lookalikes");
        assertTrue(lookalikes.markers().isEmpty());
        assertEquals(1, lookalikes.compare(List.of(extra), List.of(), List.of()).size());
    }

    @Test
    void aFindingWithTheWrongMessageFails() {
        FixtureExpectations channels = FixtureExpectations.project("channels");
        LintResult real = engine(channels);
        List<Finding> reworded = new ArrayList<>();
        for (Finding f : real.findings()) {
            reworded.add(f.location().line() == 22
                ? new Finding(f.ruleId(), f.severity(), f.location(), "something else", null, List.of(), "x") : f);
        }
        List<String> problems = channels.compare(reworded, real.suppressed(), List.of()).stream()
            .filter(p -> !p.startsWith("not seen:")).collect(Collectors.toList());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("message lacks a fragment of src/main/java/com/acme/gateway/"
            + "UpstreamChannels.java:22 keepalive-below-permit-time"), problems.get(0));
    }

    @Test
    void suppressedFindingsAreACompleteSetToo() {
        FixtureExpectations suppressions = FixtureExpectations.project("suppressions");
        LintResult real = engine(suppressions);
        assertEquals(9, real.suppressed().size());
        // a suppression that hid a reported finding too: the finding is missing and the suppressed one unexpected
        List<Finding> hidden = new ArrayList<>(real.suppressed());
        hidden.add(real.findings().get(0));
        List<String> problems = suppressions.compare(real.findings().subList(1, real.findings().size()), hidden,
            List.of()).stream().filter(p -> !p.startsWith("not seen:")).collect(Collectors.toList());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("missing finding:"), problems.toString());
        assertTrue(problems.get(1).startsWith("unexpected suppressed finding:"), problems.toString());
    }

    @Test
    void markersOnTheirOwnLineApplyToTheNextLineOfContent() {
        List<FixtureExpectations.Marker> m = FixtureExpectations.markersIn("a.properties", List.of(
            "# expect: rule-a \"one\" \"two\"",
            "",
            "# keepalive-lint:ignore rule-b -- a suppression comment in between",
            "key=value",
            "other=1 # expect: rule-c",
            "# expect-file: rule-d"));
        assertEquals("[a.properties:4 rule-a \"one\" \"two\" (marker at a.properties:1), "
            + "a.properties:5 rule-c (marker at a.properties:5), a.properties:0 rule-d (marker at a.properties:6)]",
            m.toString());
        assertThrows(IllegalArgumentException.class,
            () -> FixtureExpectations.markersIn("A.java", List.of("x(); // seen: channel")));
    }
}
