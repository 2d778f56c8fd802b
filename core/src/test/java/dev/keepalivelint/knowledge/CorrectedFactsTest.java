package dev.keepalivelint.knowledge;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.of;
import static dev.keepalivelint.LintFixtures.request;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.check.KeepaliveBelowPermitTimeCheck;
import dev.keepalivelint.check.PingWithoutCallsCheck;
import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts the second audit corrected, each through the whole engine on a small project. */
class CorrectedFactsTest {
    private static final String IDLE = PingWithoutCallsCheck.ID;
    private static final String BELOW = KeepaliveBelowPermitTimeCheck.ID;

    @Test
    void etcdWithMinTimeZeroActsOnGrpcGosFiveMinutes() {
        LintResult r = lint("etcd-min-time-zero", "io.etcd:jetcd-core:0.8.6");
        assertMentions(single(r, BELOW, "Locks.java", 9), "keepAliveTime 1m", "etcd.yml",
            "etcd server acts on 0s as 5m", "accepts a ping every 5m at most");
        // the https client of an etcd the project does not run is assumed served on the shared TLS listener
        assertEquals(1, r.findings().size(), r.findings().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("Locks.java:16 gets no keepalive finding")
            && n.contains("an https:// endpoint (https://etcd.locks.svc:2379)")), r.notes().toString());
    }

    @Test
    void aDeclaredEtcdWinsOverTheSharedTlsListenerAndSaysWhenItDoesNotApply() {
        LintResult r = LintFixtures.lint(request("etcd-min-time-zero", "io.etcd:jetcd-core:0.8.6")
            .declareServer(new DeclaredServer("locks", List.of("etcd.locks.svc:*"), "etcd", "3.5.21", null, null, false, "test"))
            .build());
        // declared, so the etcd policy applies; its caveat says when etcd would not enforce it
        assertMentions(single(r, IDLE, "Locks.java", 16), "keepAliveWithoutCalls true", "declared at test",
            "does not enforce this for client TLS connections", "--listen-client-http-urls");
        assertTrue(!single(r, IDLE, "Locks.java", 16).fullMessage().contains("acts on 0s"));
        assertEquals(2, r.findings().size(), r.findings().toString());
    }

    @Test
    void etcdServingClientTlsOnItsSharedListenerEnforcesNothing() {
        LintResult r = lint("etcd-shared-tls", "io.etcd:jetcd-core:0.8.6");
        // the shared listener's clients ping idle connections unpunished; the split listener enforces, TLS or not
        assertEquals(2, r.findings().size(), r.findings().toString());
        assertMentions(single(r, IDLE, "Locks.java", 13), "etcd-split.yml", "https://127.0.0.1:3379");
        assertMentions(single(r, IDLE, "Locks.java", 18), "etcd-split.yml", "ip:///127.0.0.1:3379");
        // the project's etcd decided, nothing was assumed about TLS
        assertTrue(r.notes().stream().noneMatch(n -> n.contains("gets no keepalive finding")), r.notes().toString());
    }

    @Test
    void grpcCoreServersBefore13DoNotEnforce() {
        LintResult before = LintFixtures.lint(request("channels", "io.grpc:grpc-api:1.83.1")
            .declareServer(new DeclaredServer("legacy", List.of("*:*"), "grpc-core", "1.2.4", null, null, false, "test"))
            .build());
        assertEquals(0, of(before, BELOW).size() + of(before, IDLE).size(), before.findings().toString());
        LintResult after = LintFixtures.lint(request("channels", "io.grpc:grpc-api:1.83.1")
            .declareServer(new DeclaredServer("core", List.of("*:*"), "grpc-core", "1.3.1", null, null, false, "test"))
            .build());
        assertTrue(of(after, BELOW).size() > 0, after.findings().toString());
        assertMentions(of(after, BELOW).get(0), "max_ping_strikes is configurable");
    }

    @Test
    void grpcJavaClientsFrom13To160AreWarnedAboutDoublePings() {
        // channels: UpstreamChannels.java builds clients with and without idle pings; only those without are affected
        LintResult old = lint("channels", "io.grpc:grpc-api:1.5.0");
        List<Finding> defects = of(old, "client-version-defect");
        assertFalse(defects.isEmpty(), old.findings().toString());
        for (Finding f : defects) {
            assertMentions(f, "grpc-java 1.5.0", "#3274", "fixed in 1.6.1");
            assertEquals("Upgrade grpc-java to a release outside 1.3.0 to 1.6.1 (exclusive).", f.fix());
        }
        assertTrue(defects.stream().noneMatch(f -> f.location().line() == 14 || f.location().line() == 36),
            "the clients of lines 14 and 36 ping idle connections: " + defects);
        LintResult fixed = lint("channels", "io.grpc:grpc-api:1.6.1");
        assertEquals(List.of(), of(fixed, "client-version-defect"));
        assertTrue(fixed.notes().stream().noneMatch(n -> n.contains("#3274")), fixed.notes().toString());
    }

    @Test
    void theOkHttpServerEnforcesFrom150() {
        LintResult v149 = lint("okhttp-server", "io.grpc:grpc-okhttp:1.49.0");
        assertEquals(0, v149.findings().size(), v149.findings().toString());
        LintResult v150 = lint("okhttp-server", "io.grpc:grpc-okhttp:1.50.0");
        assertMentions(single(v150, BELOW, "Edge.java", 15), "grpc-java OkHttp server", "Edge.java:11");
    }

    @Test
    void nacosClientPropertiesMeetTheNacosServer() {
        LintResult r = lint("nacos", "com.alibaba.nacos:nacos-client:2.4.3");
        assertMentions(single(r, BELOW, "nacos-client.properties", 4), "Nacos client nacos.remote.client.grpc.channel",
            "keepAliveTime 1m", "Nacos server (gRPC SDK port)", "accepts a ping every 5m at most",
            "nacos.remote.client.grpc.channel.keep.alive=300000");
        // connect.keep.alive is Nacos's own health check, not an HTTP/2 ping
        assertEquals(1, r.findings().size(), r.findings().toString());
    }
}
