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

    private static final String LEDGER_CLIENT = "ledger-client/src/main/resources/application.yml";

    @Test
    void grpcSpringBefore23FixWritesPlainSecondsAndNoServerPermitKey() {
        // keep-alive-time is a long of seconds before 2.3.0 (5m would not bind) and grpc.server has no permit keys
        LintResult r = FixtureExpectations.project("config-grpc-spring-2.2-apps").assertComplete();
        Finding f = single(r, ID, LEDGER_CLIENT, 6);
        assertMentions(f, "keepAliveTime 1m (grpc-spring 2.2.1.RELEASE default");
        assertEquals("Write grpc.client.ledger.keep-alive-time: 300 or more.", f.fix());
    }

    @Test
    void grpcSpringFrom23FixKeepsTheUnitAndOffersTheServerPermitKey() {
        LintResult r = FixtureExpectations.project("config-grpc-spring-2.2-apps")
            .withDependencies("net.devh:grpc-spring-boot-starter:2.3.0.RELEASE").assertComplete();
        Finding f = single(r, ID, LEDGER_CLIENT, 6);
        assertEquals("Write grpc.client.ledger.keep-alive-time: 5m or more, or let the server at application.yml:5 "
            + "accept it (grpc.server.permit-keep-alive-time: 1m).", f.fix());
    }
}
