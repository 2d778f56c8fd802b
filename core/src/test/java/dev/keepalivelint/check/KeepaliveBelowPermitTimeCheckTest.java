package dev.keepalivelint.check;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.of;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Severity;
import org.junit.jupiter.api.Test;

class KeepaliveBelowPermitTimeCheckTest {
    private static final String ID = KeepaliveBelowPermitTimeCheck.ID;

    @Test
    void intervalsBelowTheDefaultServersFiveMinutes() {
        LintResult r = lint("channels", "io.grpc:grpc-api:1.83.1");
        Finding billing = single(r, ID, "UpstreamChannels.java", 22);
        assertEquals(Severity.ERROR, billing.severity());
        assertMentions(billing, "keepAliveTime 1m (written as keepAliveTime(1, TimeUnit.MINUTES)",
            "accepts a ping every 5m at most", "third early ping", "GOAWAY ENHANCE_YOUR_CALM",
            ".keepAliveTime(5, TimeUnit.MINUTES) or more");
        Finding audit = single(r, ID, "UpstreamChannels.java", 44);
        assertMentions(audit, "keepAliveTime 10s in effect", "raises it to its minimum of 10s");
        assertEquals(2, of(r, ID).size(), "5 minutes exactly, 3 hours, 10 minutes and off are accepted: " + r.findings());
    }

    @Test
    void serverOfThisProjectWithAShorterPermitTimeAcceptsTheClient() {
        LintResult r = lint("same-project-server", "io.grpc:grpc-api:1.83.1");
        Finding f = single(r, ID, "ChatClients.java", 19);
        assertMentions(f, "ManagedChannelBuilder.forTarget()", "accepts a ping every 5m at most");
        assertEquals(1, of(r, ID).size(), "the chat channel on port 50051 meets the project's own server: " + r.findings());
    }

    @Test
    void etcdAcceptsThirtySecondPings() {
        LintResult r = lint("etcd-tuned", "io.etcd:jetcd-core:0.8.6");
        assertTrue(of(r, ID).isEmpty(), r.findings().toString());
    }
}
