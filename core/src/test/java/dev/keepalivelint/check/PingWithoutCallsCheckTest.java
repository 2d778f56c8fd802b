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
class PingWithoutCallsCheckTest {
    private static final String ID = PingWithoutCallsCheck.ID;

    @Test
    void jetcdClientWithLibraryDefaultsMeetsEtcd() {
        LintResult r = FixtureExpectations.project("etcd-defaults").assertComplete();
        Finding f = single(r, ID, "src/main/java/com/acme/locks/LockManager.java", 11);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(23, f.location().column());
        assertMentions(f, "keepAliveTime 30s", "a jetcd client talks to etcd",
            "GOAWAY ENHANCE_YOUR_CALM \"too_many_pings\"", "third early ping");
    }

    @Test
    void jetcdBeforeItsKeepaliveDefaultsDoesNotPing() {
        // The same client, seen, and clean: jetcd before 0.5.4 sends no keepalive at all.
        FixtureExpectations.project("etcd-defaults").withDependencies("io.etcd:jetcd-core:0.5.3").assertNoFindingsButSeen();
    }

    @Test
    void jetcdWithoutIdlePingsIsClean() {
        FixtureExpectations.project("etcd-tuned").assertComplete();
    }

    @Test
    void grpcChannelWithIdlePingsMeetsTheDefaultServer() {
        // idle pings every three hours are within the idle allowance; an interval of 1000 days or more is off
        LintResult r = FixtureExpectations.project("channels").assertComplete();
        assertMentions(single(r, ID, "UpstreamChannels.java", 15), "keepAliveTime 10m",
            "Server assumed: grpc-java server", "where no server of the project or declared server listens",
            ".keepAliveWithoutCalls(false)");
    }

    @Test
    void serverOfThisProjectThatPermitsIdlePingsClearsItAndOtherPortsStillMeetTheDefault() {
        LintResult r = FixtureExpectations.project("same-project-server").assertComplete();
        assertMentions(single(r, ID, "ChatClients.java", 20), "grpc-java channel ManagedChannelBuilder.forTarget()");
    }

    private static final String LEDGER_CLIENT = "ledger-client/src/main/resources/application.yml";

    @Test
    void grpcSpringBefore23OffersNoServerPermitKey() {
        // grpc.server.permit-keep-alive-without-calls exists only from grpc-spring 2.3.0: the client-side fix stays
        LintResult r = FixtureExpectations.project("config-grpc-spring-2.2-apps").assertComplete();
        Finding f = single(r, ID, LEDGER_CLIENT, 10);
        assertEquals("Write grpc.client.ledger.keep-alive-without-calls: false so the client stops pinging while no "
            + "call is active. Pinging no more often than every 2h while idle would also be accepted.", f.fix());
    }

    @Test
    void grpcSpringFrom23OffersTheServerPermitKey() {
        LintResult r = FixtureExpectations.project("config-grpc-spring-2.2-apps")
            .withDependencies("net.devh:grpc-spring-boot-starter:2.3.0.RELEASE").assertComplete();
        assertMentions(single(r, ID, LEDGER_CLIENT, 10), "keep-alive-without-calls: false",
            "let the server at application.yml:5 permit idle pings (grpc.server.permit-keep-alive-without-calls: true)");
    }
}
