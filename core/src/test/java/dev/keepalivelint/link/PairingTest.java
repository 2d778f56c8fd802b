package dev.keepalivelint.link;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.of;
import static dev.keepalivelint.LintFixtures.request;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.Engine;
import dev.keepalivelint.LintException;
import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.check.KeepaliveBelowPermitTimeCheck;
import dev.keepalivelint.check.PingWithoutCallsCheck;
import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.Finding;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which server policy each client meets, and why. */
class PairingTest {
    private static final String IDLE = PingWithoutCallsCheck.ID;
    private static final String BELOW = KeepaliveBelowPermitTimeCheck.ID;

    @Test
    void sameFileServerOnTheClientsPortAcceptsItOtherPortsAndRemoteHostsMeetTheDefault() {
        LintResult r = lint("pairing-same-file", "io.grpc:grpc-api:1.83.1");
        assertMentions(single(r, BELOW, "Relay.java", 24), "ManagedChannelBuilder.forAddress()",
            "nothing in the project says which server");
        Finding remote = single(r, BELOW, "Relay.java", 28);
        assertMentions(remote, "ManagedChannelBuilder.forTarget()", "Server assumed: grpc-java server");
        assertEquals(2, r.findings().size(), "127.0.0.1:7070 meets the project's server, which permits 10s: " + r.findings());
    }

    @Test
    void crossFileServerWithAConstantPort() {
        LintResult r = lint("same-project-server", "io.grpc:grpc-api:1.83.1");
        assertEquals(2, r.findings().size(), r.findings().toString());
        for (Finding f : r.findings()) {
            assertTrue(f.location().path().endsWith("ChatClients.java") && f.location().line() >= 19, f.toString());
        }
    }

    @Test
    void violatingTheProjectsOwnServerNamesItAndPointsAtIt() {
        LintResult r = LintFixtures.lint(request("pairing-same-file", "io.grpc:grpc-api:1.83.1")
            .declareServer(new DeclaredServer("relay-peers", List.of("relay-2.prod.internal:7070"), "grpc-java", null,
                Duration.ofSeconds(10), null, false, "test"))
            .build());
        assertEquals(1, of(r, BELOW).size(), "the declared peer accepts 15s: " + r.findings());
    }

    @Test
    void springAppsOwnServerPermitsIdlePingsButOutboundClientsStillMeetTheDefault() {
        LintResult r = lint("pairing-spring", "net.devh:grpc-client-spring-boot-starter:3.1.0.RELEASE");
        String yml = "src/main/resources/application.yml";
        assertMentions(single(r, BELOW, yml, 15), "grpc.client.inventory", "nothing in the project says which server");
        assertMentions(single(r, IDLE, yml, 16), "grpc.client.inventory");
        assertEquals(2, r.findings().size(), "grpc.client.self meets this application's server on 9090: " + r.findings());
    }

    @Test
    void serverVersionFromTheDependenciesSelectsItsPolicy() {
        LintResult old = lint("pairing-old-server", "io.grpc:grpc-netty:1.2.0");
        assertTrue(old.findings().isEmpty(), "grpc-java 1.2 servers had no keepalive enforcer: " + old.findings());
        LintResult current = lint("pairing-old-server", "io.grpc:grpc-netty:1.83.1");
        assertMentions(single(current, BELOW, "LegacyServer.java", 11), "where the server built at",
            "permitted interval 5m (grpc-java 1.83.1 default)");
        assertEquals(1, current.findings().get(0).related().size());
        assertMentions(current.findings().get(0), ".permitKeepAliveTime(20, TimeUnit.SECONDS)");
    }

    @Test
    void declaredServersClearOneFindingAndCauseAnother() {
        LintResult before = lint("channels", "io.grpc:grpc-api:1.83.1");
        single(before, IDLE, "UpstreamChannels.java", 15);
        LintResult r = LintFixtures.lint(request("channels", "io.grpc:grpc-api:1.83.1")
            .declareServer(new DeclaredServer("users", List.of("users.svc:*"), "grpc-java", "1.68.0",
                Duration.ofMinutes(1), true, false, "pom.xml <servers><server> 'users'"))
            .declareServer(new DeclaredServer("catalog", List.of("dns:///catalog.svc:443"), "grpc-go", null,
                Duration.ofMinutes(10), null, false, "pom.xml <servers><server> 'catalog'"))
            .build());
        LintFixtures.assertNone(r, IDLE, "UpstreamChannels.java");
        Finding catalog = single(r, BELOW, "UpstreamChannels.java", 29);
        assertMentions(catalog, "matches the server 'catalog' declared at pom.xml <servers><server> 'catalog'",
            "grpc-go server, permitKeepAliveTime 10m", "accepts a ping every 10m at most");
    }

    @Test
    void declarationsInAUserRulesFileWorkTheSame() {
        LintResult r = LintFixtures.lint(request("channels", "io.grpc:grpc-api:1.83.1")
            .rulesFile(Paths.get("src/test/resources/rules/declared-servers.yaml")).build());
        LintFixtures.assertNone(r, IDLE, "UpstreamChannels.java");
        assertMentions(single(r, BELOW, "UpstreamChannels.java", 29), "declared at src/test/resources/rules/declared-servers.yaml:10");
    }

    @Test
    void aDeclaredDefaultServerReplacesTheDefaultPolicy() {
        LintResult r = LintFixtures.lint(request("channels", "io.grpc:grpc-api:1.83.1")
            .declareServer(new DeclaredServer("mesh", List.of(), "grpc-java", null, Duration.ofSeconds(30), null, true,
                "pom.xml <servers><server> 'mesh'"))
            .build());
        // billing's 1m is accepted by a 30s default; audit's 5s, raised to 10s, is still too often
        assertEquals(1, of(r, BELOW).size(), r.findings().toString());
        assertMentions(single(r, BELOW, "UpstreamChannels.java", 44), "accepts a ping every 30s at most");
        assertMentions(single(r, IDLE, "UpstreamChannels.java", 15), "the default server 'mesh' declared at");
    }

    @Test
    void aVersionTheRulesDoNotKnowIsNotedOnceAndTheNearestPolicyUsed() {
        LintResult r = LintFixtures.lint(request("etcd-defaults", "io.etcd:jetcd-core:0.8.6")
            .declareServer(new DeclaredServer("legacy", List.of("*:*"), "zeebe-gateway", "0.21.0", null, null, false, "test"))
            .build());
        assertEquals(1, r.notes().size(), r.notes().toString());
        assertTrue(r.notes().get(0).contains("no entry for zeebe-gateway 0.21.0"), r.notes().toString());
        assertTrue(r.notes().get(0).contains("nearest known: zeebe-gateway"), r.notes().toString());
    }

    @Test
    void anUnknownImplementationIsTheUsersToFix() {
        LintException e = assertThrows(LintException.class, () -> new Engine().lint(request("channels")
            .declareServer(new DeclaredServer("x", List.of("a:1"), "grpc-jav", null, null, null, false,
                "pom.xml <servers><server> 'x'"))
            .build()));
        assertTrue(e.details().get(0).contains("implementation 'grpc-jav' is not known"), e.details().toString());
        RulesLoad.assertFails("declared-missing-target.yaml", "declared-missing-target.yaml:3:",
            "needs 'targets'", "implementation 'grpc-jav'");
    }
}
