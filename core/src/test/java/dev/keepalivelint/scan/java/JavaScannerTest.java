package dev.keepalivelint.scan.java;

import static dev.keepalivelint.scan.java.JavaFixtures.at;
import static dev.keepalivelint.scan.java.JavaFixtures.scan;
import static dev.keepalivelint.scan.java.JavaFixtures.setting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.scan.ScanResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JavaScannerTest {

    @Test
    void fluentChainFromAFactoryCall() {
        ScanResult r = scan("chain");
        assertEquals(1, r.observations().size(), r.observations().toString());
        Observation o = at(r, "OrdersChannel.java", 9);
        assertEquals(Role.CLIENT, o.role());
        assertEquals("grpc-java", o.library());
        assertEquals("ManagedChannelBuilder.forTarget()", o.description());
        assertEquals("orders.internal:8443", setting(o, SettingKind.TARGET).text());
        assertEquals(Duration.ofSeconds(20), setting(o, SettingKind.KEEPALIVE_TIME).duration());
        assertEquals(10, setting(o, SettingKind.KEEPALIVE_TIME).location().line());
        assertEquals(14, setting(o, SettingKind.KEEPALIVE_TIME).location().column());
        assertEquals(Duration.ofSeconds(5), setting(o, SettingKind.KEEPALIVE_TIMEOUT).duration());
        assertEquals(Boolean.TRUE, setting(o, SettingKind.KEEPALIVE_WITHOUT_CALLS).flag());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void transportSecurityIsOnWhereTheRulesSaySoAndOnlyWhenCalledUnconditionally() {
        ScanResult r = scan("transport-security");
        assertEquals(4, r.observations().size(), r.observations().toString());
        assertEquals(Boolean.TRUE, setting(at(r, "SecuredChannels.java", 10), SettingKind.TRANSPORT_SECURITY).flag());
        assertEquals("useTransportSecurity()", setting(at(r, "SecuredChannels.java", 10), SettingKind.TRANSPORT_SECURITY).written());
        assertEquals(Boolean.TRUE, setting(at(r, "SecuredChannels.java", 14), SettingKind.TRANSPORT_SECURITY).flag());
        // usePlaintext() is no TLS setter
        assertNull(at(r, "SecuredChannels.java", 18).last(SettingKind.TRANSPORT_SECURITY));
        // under an if: the channel may be plain text
        assertFalse(setting(at(r, "SecuredChannels.java", 22), SettingKind.TRANSPORT_SECURITY).isResolved());
    }

    @Test
    void builderInALocalVariableConfiguredByLaterStatementsLastCallWins() {
        ScanResult r = scan("local-variable");
        assertEquals(1, r.observations().size(), r.observations().toString());
        Observation o = at(r, "LedgerChannel.java", 9);
        assertEquals("ledger:7070", setting(o, SettingKind.TARGET).text());
        assertEquals(Long.valueOf(7070), setting(o, SettingKind.PORT).number());
        assertEquals(Duration.ofSeconds(45), setting(o, SettingKind.KEEPALIVE_TIME).duration());
        assertEquals(16, setting(o, SettingKind.KEEPALIVE_TIME).location().line());
        assertEquals(Boolean.FALSE, setting(o, SettingKind.KEEPALIVE_WITHOUT_CALLS).flag());
    }

    @Test
    void builderInAFieldConfiguredInOtherMethods() {
        ScanResult r = scan("field");
        assertEquals(1, r.observations().size(), r.observations().toString());
        Observation o = at(r, "SearchClient.java", 8);
        assertEquals("OkHttpChannelBuilder.forTarget()", o.description());
        assertEquals(Duration.ofSeconds(90), setting(o, SettingKind.KEEPALIVE_TIME).duration());
        assertEquals(Boolean.TRUE, setting(o, SettingKind.KEEPALIVE_WITHOUT_CALLS).flag());
    }

    @Test
    void shadedPackagesAndGrpcFactoriesAreRecognised() {
        ScanResult r = scan("shaded");
        assertEquals(3, r.observations().size(), r.observations().toString());
        assertEquals(Duration.ofSeconds(40), setting(at(r, "ShadedChannels.java", 11), SettingKind.KEEPALIVE_TIME).duration());
        Observation ratis = at(r, "ShadedChannels.java", 15);
        assertEquals("raft-peer:9872", setting(ratis, SettingKind.TARGET).text());
        assertEquals(Duration.ofMinutes(2), setting(ratis, SettingKind.KEEPALIVE_TIME).duration());
        Observation grpc = at(r, "ShadedChannels.java", 19);
        assertEquals("Grpc.newChannelBuilder()", grpc.description());
        assertEquals("dns:///audit:443", setting(grpc, SettingKind.TARGET).text());
        assertEquals(Duration.ofMinutes(3), setting(grpc, SettingKind.KEEPALIVE_TIME).duration());
    }

    @Test
    void serverBuildersCarryPortsAndPermitsButNotTheirOwnKeepAliveTime() {
        ScanResult r = scan("servers");
        assertEquals(3, r.observations().size(), r.observations().toString());
        Observation api = at(r, "ApiServer.java", 13);
        assertEquals(Role.SERVER, api.role());
        assertEquals(Long.valueOf(8980), setting(api, SettingKind.PORT).number());
        assertEquals(Duration.ofSeconds(30), setting(api, SettingKind.PERMIT_KEEPALIVE_TIME).duration());
        assertEquals(Boolean.TRUE, setting(api, SettingKind.PERMIT_KEEPALIVE_WITHOUT_CALLS).flag());
        assertNull(api.last(SettingKind.KEEPALIVE_TIME), "a server's own keepAliveTime is not a client setting");
        Observation admin = at(r, "ApiServer.java", 23);
        assertEquals(Long.valueOf(8981), setting(admin, SettingKind.PORT).number());
        assertEquals("127.0.0.1:8981", setting(admin, SettingKind.TARGET).text());
        Observation plain = at(r, "ApiServer.java", 27);
        assertEquals(Long.valueOf(8982), setting(plain, SettingKind.PORT).number());
        assertNull(plain.last(SettingKind.KEEPALIVE_TIME));
    }

    @Test
    void inProcessKeepaliveIsANoOp() {
        ScanResult r = scan("inprocess");
        assertTrue(r.observations().isEmpty(), r.observations().toString());
        assertEquals(1, r.filesParsed());
    }

    @Test
    void jetcdClientsWithAndWithoutKeepaliveCalls() {
        ScanResult r = scan("jetcd");
        assertEquals(2, r.observations().size(), r.observations().toString());
        Observation defaults = at(r, "Coordinator.java", 9);
        assertEquals("jetcd", defaults.library());
        assertNull(defaults.last(SettingKind.KEEPALIVE_TIME));
        assertNull(defaults.last(SettingKind.KEEPALIVE_WITHOUT_CALLS));
        assertEquals("http://etcd-0:2379", setting(defaults, SettingKind.TARGET).text());
        Observation tuned = at(r, "Coordinator.java", 13);
        assertEquals(Duration.ofSeconds(60), setting(tuned, SettingKind.KEEPALIVE_TIME).duration());
        assertEquals(Boolean.FALSE, setting(tuned, SettingKind.KEEPALIVE_WITHOUT_CALLS).flag());
        assertEquals(".keepaliveWithoutCalls(false)", tuned.spell(SettingKind.KEEPALIVE_WITHOUT_CALLS, false));
    }

    @Test
    void lookAlikesAreNotSettings() {
        ScanResult r = scan("lookalikes");
        assertTrue(r.observations().isEmpty(), r.observations().toString());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void customizerCallbacksParametersAndCasts() {
        ScanResult r = scan("customizers");
        assertEquals(3, r.observations().size(), r.observations().toString());
        Observation lambda = at(r, "KeepaliveCustomization.java", 16);
        assertEquals(Role.SERVER, lambda.role());
        assertEquals(Duration.ofSeconds(20), setting(lambda, SettingKind.PERMIT_KEEPALIVE_TIME).duration());
        assertEquals(Boolean.TRUE, setting(lambda, SettingKind.PERMIT_KEEPALIVE_WITHOUT_CALLS).flag());
        Observation param = at(r, "KeepaliveCustomization.java", 25);
        assertEquals(Role.SERVER, param.role());
        assertEquals(Duration.ofMinutes(1), setting(param, SettingKind.PERMIT_KEEPALIVE_TIME).duration());
        Observation channel = at(r, "KeepaliveCustomization.java", 29);
        assertEquals(Role.CLIENT, channel.role());
        assertEquals(Duration.ofSeconds(30), setting(channel, SettingKind.KEEPALIVE_TIME).duration());
    }

    @Test
    void filesWithoutTriggerTokensAreNotParsed() {
        ScanResult r = scan("values");
        assertEquals(2, r.filesScanned());
        // Channels.java matches the pre-filter; Timeouts.java is parsed on demand for its constants.
        assertEquals(2, r.filesParsed());
        ScanResult lookalikes = scan("chain");
        assertEquals(1, lookalikes.filesParsed());
        assertFalse(lookalikes.observations().isEmpty());
    }

    @Test
    void keepaliveWordsWithoutABuilderPackageAreNotParsed() {
        // A thread pool's keepAliveTime without io.grpc; io.etcd.jetcd without a client builder.
        ScanResult r = scan("unparsed");
        assertEquals(2, r.filesScanned());
        assertEquals(0, r.filesParsed());
        assertTrue(r.observations().isEmpty(), r.observations().toString());
        // The same words next to the package are parsed: the jetcd fixture has Client.builder().
        ScanResult jetcd = scan("jetcd");
        assertEquals(1, jetcd.filesParsed());
        assertEquals(2, jetcd.observations().size(), jetcd.observations().toString());
    }
}
