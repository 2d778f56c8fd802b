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

class PingWithoutCallsCheckTest {
    private static final String ID = PingWithoutCallsCheck.ID;

    @Test
    void jetcdClientWithLibraryDefaultsMeetsEtcd() {
        LintResult r = lint("etcd-defaults", "io.etcd:jetcd-core:0.8.6");
        assertEquals(1, of(r, ID).size(), r.findings().toString());
        Finding f = single(r, ID, "src/main/java/com/acme/locks/LockManager.java", 11);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(23, f.location().column());
        assertMentions(f, "jetcd client Client.builder() (jetcd 0.8.6)", "keepAliveWithoutCalls true (jetcd 0.8.6 default",
            "keepAliveTime 30s", "Server assumed: etcd server", "a jetcd client talks to etcd",
            "GOAWAY ENHANCE_YOUR_CALM \"too_many_pings\"", "third early ping", ".keepaliveWithoutCalls(false)");
    }

    @Test
    void jetcdBeforeItsKeepaliveDefaultsDoesNotPing() {
        LintResult r = lint("etcd-defaults", "io.etcd:jetcd-core:0.5.3");
        assertTrue(r.findings().isEmpty(), r.findings().toString());
    }

    @Test
    void jetcdWithoutIdlePingsIsClean() {
        LintResult r = lint("etcd-tuned", "io.etcd:jetcd-core:0.8.6");
        assertTrue(r.findings().isEmpty(), r.findings().toString());
    }

    @Test
    void grpcChannelWithIdlePingsMeetsTheDefaultServer() {
        LintResult r = lint("channels", "io.grpc:grpc-api:1.83.1");
        Finding f = single(r, ID, "UpstreamChannels.java", 15);
        assertMentions(f, "keepAliveWithoutCalls true (written as keepAliveWithoutCalls(true) at UpstreamChannels.java:15)",
            "keepAliveTime 10m", "from constant UpstreamChannels.IDLE_PING_MINUTES", "Server assumed: grpc-java server",
            "where no server of the project or declared server listens", "only one every 2h",
            ".keepAliveWithoutCalls(false)");
        // idle pings every three hours are within the idle allowance; an interval of 1000 days or more is off
        assertEquals(1, of(r, ID).size(), r.findings().toString());
    }

    @Test
    void serverOfThisProjectThatPermitsIdlePingsClearsItAndOtherPortsStillMeetTheDefault() {
        LintResult r = lint("same-project-server", "io.grpc:grpc-api:1.83.1");
        assertEquals(1, of(r, ID).size(), r.findings().toString());
        Finding f = single(r, ID, "ChatClients.java", 20);
        assertMentions(f, "grpc-java channel ManagedChannelBuilder.forTarget()", "Server assumed: grpc-java server");
    }
}
