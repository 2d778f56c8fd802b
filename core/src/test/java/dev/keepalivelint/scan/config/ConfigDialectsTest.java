package dev.keepalivelint.scan.config;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.check.KeepaliveBelowPermitTimeCheck;
import dev.keepalivelint.check.PingWithoutCallsCheck;
import dev.keepalivelint.check.UnreadableInputCheck;
import dev.keepalivelint.check.UnresolvedValueCheck;
import dev.keepalivelint.model.Finding;
import org.junit.jupiter.api.Test;

/** Findings from configuration files, one fixture project per dialect, through the whole engine. */
class ConfigDialectsTest {
    private static final String IDLE = PingWithoutCallsCheck.ID;
    private static final String BELOW = KeepaliveBelowPermitTimeCheck.ID;

    @Test
    void grpcSpringEnableSwitchBareSecondsRelaxedBindingAndProfiles() {
        LintResult r = lint("config-grpc-spring", "net.devh:grpc-client-spring-boot-starter:3.1.0.RELEASE");
        String yml = "src/main/resources/application.yml";
        Finding time = single(r, BELOW, yml, 11);
        assertEquals(7, time.location().column());
        assertMentions(time, "grpc-spring channel grpc.client.inventory (grpc-spring 3.1.0.RELEASE)",
            "keepAliveTime 30s (written as grpc.client.inventory.keep-alive-time: 30", "accepts a ping every 5m at most",
            "grpc.client.inventory.keep-alive-time: 5m");
        assertMentions(single(r, IDLE, yml, 12), "keepAliveWithoutCalls true",
            "grpc.client.inventory.keep-alive-without-calls: false");
        // pricing pings only in the prod profile, where application-prod.yml enables keepalive
        assertMentions(single(r, BELOW, yml, 15), "[profile prod]", "grpc.client.pricing");
        assertMentions(single(r, IDLE, yml, 16), "[profile prod]");
        // billing: relaxed binding (enableKeepAlive, keepAliveTime, keep_alive_without_calls), 5m and no idle pings
        assertEquals(4, r.findings().size(), r.findings().toString());
    }

    @Test
    void springGrpcIgnoresEnableKeepAlive() {
        LintResult r = lint("config-spring-grpc", "org.springframework.grpc:spring-grpc-spring-boot-starter:1.0.3");
        Finding f = single(r, BELOW, "src/main/resources/application.properties", 6);
        assertMentions(f, "Spring gRPC channel spring.grpc.client.channels.orders (spring-grpc 1.0.3)", "keepAliveTime 45s",
            "spring.grpc.client.channels.orders.enable-keep-alive=false (application.properties:4) has no effect",
            "never reads it", "spring.grpc.client.channels.orders.keep-alive-time=5m");
        assertEquals(1, r.findings().size(), "default-channel pings every 10 minutes: " + r.findings());
    }

    @Test
    void springBoot41Keys() {
        LintResult r = lint("config-spring-boot-grpc", "org.springframework.boot:spring-boot-grpc-client:4.1.1");
        String yaml = "src/main/resources/application.yaml";
        assertMentions(single(r, BELOW, yaml, 8), "spring.grpc.client.channel.catalog", "keepAliveTime 1m");
        assertMentions(single(r, IDLE, yaml, 9), "keepAliveWithoutCalls true");
        assertEquals(2, r.findings().size(), "reviews pings every 10 minutes: " + r.findings());
    }

    @Test
    void quarkusBareSecondsProfilePrefixAndQuotedNames() {
        LintResult r = lint("config-quarkus", "io.quarkus:quarkus-grpc:3.33.2");
        String props = "src/main/resources/application.properties";
        assertMentions(single(r, BELOW, props, 6), "Quarkus gRPC client quarkus.grpc.clients.stock", "keepAliveTime 20s");
        assertMentions(single(r, IDLE, props, 8), "[profile prod]");
        assertEquals(2, r.findings().size(), "the \"audit.log\" client pings every 6 minutes: " + r.findings());
    }

    @Test
    void micronautChannelsAndAnUnreadableBareNumber() {
        LintResult r = lint("config-micronaut", "io.micronaut.grpc:micronaut-grpc-client-runtime:4.8.0");
        String yml = "src/main/resources/application.yml";
        assertMentions(single(r, BELOW, yml, 8), "Micronaut gRPC channel grpc.channels.greeter", "keepAliveTime 30s");
        single(r, IDLE, yml, 9);
        // a bare number is silently dropped by Micronaut: reported as not applied, not read in some guessed unit
        assertMentions(single(r, dev.keepalivelint.check.SettingNotAppliedCheck.ID, yml, 11),
            "grpc.client.keep-alive-time: 1000 is not applied", "silently dropped", "Write the unit");
        assertEquals(3, r.findings().size(), r.findings().toString());
    }

    @Test
    void cortexKvstoreImplicitDefaultExplicitTrueExplicitFalseAndNotEtcd() {
        LintResult r = lint("config-cortex");
        Finding implicit = single(r, IDLE, "cortex.yaml", 9);
        assertMentions(implicit, "Cortex etcd client ingester.lifecycler.ring.kvstore",
            "keepAliveWithoutCalls true (Cortex etcd client default, as nothing sets it)", "keepAliveTime 10s",
            "Server assumed: etcd server", "GOAWAY ENHANCE_YOUR_CALM",
            "ingester.lifecycler.ring.kvstore.etcd.ping-without-stream-allowed: false");
        assertMentions(single(r, IDLE, "cortex.yaml", 33), "written as store_gateway.sharding_ring.kvstore.etcd."
            + "ping-without-stream-allowed: true");
        // distributor sets ping-without-stream-allowed: false; the ruler's kvstore is consul; the internal
        // clients meet this file's server block, which keeps Cortex's permissive defaults
        assertEquals(2, r.findings().size(), r.findings().toString());
    }

    @Test
    void cortexServerThatForbidsIdlePingsFlagsItsOwnInternalClients() {
        LintResult r = lint("config-cortex-strict");
        Finding f = single(r, IDLE, "cortex.yaml", 3);
        assertMentions(f, "Cortex internal gRPC client used by the process of this server block", "keepAliveTime 20s",
            "keepAliveWithoutCalls true", "server.grpc_server_ping_without_stream_allowed");
        assertEquals(1, r.findings().size(), r.findings().toString());
    }

    @Test
    void etcdConfigFileDurationsAreNanoseconds() {
        LintResult r = lint("config-etcd");
        assertMentions(single(r, UnreadableInputCheck.ID, "etcd.conf.yml", 9), "grpc-keepalive-min-time",
            "'5s' must be an integer number of nanoseconds");
        assertEquals(1, r.findings().size(), r.findings().toString());
    }

    @Test
    void lookAlikesAreNotSettings() {
        LintResult r = lint("config-lookalikes");
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        assertEquals(1, r.filesParsed(), "the Nacos key mentions grpc, so the file is read; nothing in it is a setting");
    }

    @Test
    void placeholdersResolveAgainstTheApplicationsOwnKeys() {
        LintResult r = lint("config-placeholders", "net.devh:grpc-client-spring-boot-starter:3.1.0.RELEASE");
        String yml = "src/main/resources/application.yml";
        assertMentions(single(r, BELOW, yml, 7), "keepAliveTime 20s", "${ping.interval} = 20s (application.yml:2)");
        assertMentions(single(r, UnresolvedValueCheck.ID, yml, 13), "placeholder ${FRAUD_PING_INTERVAL} is not set");
        assertEquals(2, r.findings().size(), "the ledger uses its placeholder defaults, 10m: " + r.findings());
    }

    @Test
    void multiDocumentYamlWithProfileDocumentsAndABrokenOne() {
        LintResult r = lint("config-multidoc", "net.devh:grpc-client-spring-boot-starter:3.1.0.RELEASE");
        String yml = "src/main/resources/application.yml";
        assertMentions(single(r, IDLE, yml, 15), "[profile staging]", "keepAliveTime 10m");
        assertMentions(single(r, BELOW, yml, 28), "[profile canary]", "keepAliveTime 2m");
        Finding broken = single(r, UnreadableInputCheck.ID, yml, 21);
        assertMentions(broken, "YAML that cannot be read");
        assertEquals(3, r.findings().size(), r.findings().toString());
    }
}
