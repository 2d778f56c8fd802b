package dev.keepalivelint.check;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keepalivelint.FixtureExpectations;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Severity;
import org.junit.jupiter.api.Test;

/** The findings are the fixtures' markers ({@link FixtureExpectations}); these add what markers do not say. */
class KeepaliveBelowPermitTimeCheckTest {
    private static final String ID = KeepaliveBelowPermitTimeCheck.ID;

    @Test
    void intervalsBelowTheDefaultServersFiveMinutes() {
        // 5 minutes exactly, 3 hours, 10 minutes and off carry no marker: they are accepted
        LintResult r = FixtureExpectations.project("channels").assertComplete();
        Finding billing = single(r, ID, "UpstreamChannels.java", 22);
        assertEquals(Severity.ERROR, billing.severity());
        assertMentions(billing, "third early ping", "GOAWAY ENHANCE_YOUR_CALM");
    }

    @Test
    void serverOfThisProjectWithAShorterPermitTimeAcceptsTheClient() {
        // the chat channel on port 50051 meets the project's own server and carries no marker
        LintResult r = FixtureExpectations.project("same-project-server").assertComplete();
        assertMentions(single(r, ID, "ChatClients.java", 19), "ManagedChannelBuilder.forTarget()");
    }

    @Test
    void etcdAcceptsThirtySecondPings() {
        FixtureExpectations.project("etcd-tuned").assertComplete();
    }
}
