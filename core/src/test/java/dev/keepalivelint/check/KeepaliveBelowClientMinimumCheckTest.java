package dev.keepalivelint.check;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.of;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keepalivelint.FixtureExpectations;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Severity;
import org.junit.jupiter.api.Test;

/** The findings are the fixtures' markers ({@link FixtureExpectations}); these add what markers do not say. */
class KeepaliveBelowClientMinimumCheckTest {
    private static final String ID = KeepaliveBelowClientMinimumCheck.ID;

    @Test
    void intervalBelowGrpcJavasFloor() {
        LintResult r = FixtureExpectations.project("channels").assertComplete();
        Finding f = single(r, ID, "UpstreamChannels.java", 44);
        assertEquals(Severity.WARNING, f.severity());
        assertMentions(f, "raises anything below 10s to 10s", ".keepAliveTime(10, TimeUnit.SECONDS)");
    }

    @Test
    void valuesAtOrAboveTheFloorAreFine() {
        FixtureExpectations.project("etcd-tuned").assertComplete();
        FixtureExpectations.project("same-project-server").assertComplete();
    }

    @Test
    void withoutAKnownLibraryVersionTheFloorStillApplies() {
        // with no dependency versions known the linter assumes one (and says so); the floor still applies
        LintResult r = FixtureExpectations.project("channels").withDependencies().assertComplete();
        assertEquals(1, of(r, ID).size(), r.findings().toString());
    }
}
