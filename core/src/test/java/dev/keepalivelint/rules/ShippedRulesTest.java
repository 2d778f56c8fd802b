package dev.keepalivelint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.model.ClientBehaviour;
import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.model.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates the rules file shipped in keepalive-lint-rules, and the facts the checks depend on. */
class ShippedRulesTest {
    private static RuleBook rules;

    @BeforeAll
    static void load() throws RulesFileException {
        rules = RuleBookLoader.loadWith(List.of());
    }

    private static void assertSourced(String what, Source s) {
        assertNotNull(s, what + " has no source");
        assertFalse(s.project().isBlank(), what + ": source project");
        assertFalse(s.file().isBlank(), what + ": source file");
        assertFalse(s.version().isBlank(), what + ": source version");
    }

    @Test
    void everyEntryCarriesItsSource() {
        rules.libraries().values().forEach(l -> assertSourced("library " + l.id(), l.source()));
        rules.servers().forEach(p -> assertSourced("server " + p.id(), p.source()));
        rules.clients().forEach(c -> assertSourced("client " + c.id(), c.source()));
        rules.javaBuilders().forEach(b -> assertSourced("builder " + b.id(), b.source()));
        rules.configDialects().forEach(d -> assertSourced("dialect " + d.id(), d.source()));
        assertFalse(rules.servers().isEmpty());
        assertFalse(rules.clients().isEmpty());
    }

    @Test
    void rangesParseAndNoTwoRangesOfOneLibraryOverlap() {
        List<String[]> ranges = new ArrayList<>();
        rules.servers().forEach(p -> ranges.add(new String[] {"server:" + p.library(), p.versions(), p.id()}));
        rules.clients().forEach(c -> ranges.add(new String[] {"client:" + c.library(), c.versions(), c.id()}));
        for (int i = 0; i < ranges.size(); i++) {
            VersionRange a = VersionRange.parse(ranges.get(i)[1]);
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i)[0].equals(ranges.get(j)[0])) {
                    assertFalse(a.overlaps(VersionRange.parse(ranges.get(j)[1])),
                        ranges.get(i)[2] + " overlaps " + ranges.get(j)[2]);
                }
            }
        }
    }

    @Test
    void everyReferencedLibraryExists() {
        rules.servers().forEach(p -> assertNotNull(rules.library(p.library()), p.id()));
        rules.clients().forEach(c -> assertNotNull(rules.library(c.library()), c.id()));
        rules.javaBuilders().forEach(b -> assertNotNull(rules.library(b.library()), b.id()));
        assertNotNull(rules.defaultServerPolicy());
    }

    @Test
    void defaultGrpcServerPolicy() {
        ServerPolicy p = rules.defaultServerPolicy();
        assertEquals(Duration.ofMinutes(5), p.permitKeepAliveTime());
        assertEquals(Boolean.FALSE, p.permitKeepAliveWithoutCalls());
        assertEquals(Duration.ofHours(2), p.idleAllowance());
        assertEquals(2, p.strikes());
    }

    @Test
    void etcdNeverPermitsIdlePings() {
        ServerPolicy etcd = rules.serverPolicy("etcd", "3.5.17").value();
        assertEquals(Duration.ofSeconds(5), etcd.permitKeepAliveTime());
        assertEquals(Boolean.FALSE, etcd.permitKeepAliveWithoutCalls());
        assertFalse(etcd.idlePingsConfigurable());
    }

    @Test
    void jetcdDefaultsByVersion() {
        Selection<ClientBehaviour> newer = rules.clientBehaviour("jetcd", "0.8.6");
        assertNull(newer.note());
        assertEquals(Duration.ofSeconds(30), newer.value().defaultKeepAliveTime());
        assertTrue(newer.value().defaultKeepAliveWithoutCalls());
        ClientBehaviour older = rules.clientBehaviour("jetcd", "0.5.3").value();
        assertNull(older.defaultKeepAliveTime());
        assertFalse(older.defaultKeepAliveWithoutCalls());
        assertEquals(newer.value().id(), rules.clientBehaviour("jetcd", "0.5.4").value().id());
    }

    @Test
    void grpcJavaClientFloorAndOffValue() {
        ClientBehaviour grpc = rules.clientBehaviour("grpc-java", "1.83.1").value();
        assertNull(grpc.defaultKeepAliveTime());
        assertEquals(Duration.ofSeconds(10), grpc.minimumKeepAliveTime());
        assertEquals(Duration.ofDays(1000), grpc.offAtOrAbove());
    }

    @Test
    void unknownVersionSaysWhatWasAssumed() {
        Selection<ClientBehaviour> s = rules.clientBehaviour("jetcd", null);
        assertNotNull(s.note());
        assertTrue(s.note().contains("unknown"), s.note());
        assertEquals(Duration.ofSeconds(30), s.value().defaultKeepAliveTime());
    }

    @Test
    void correctedFactsOfTheSecondAudit() {
        // gRPC core enforces from the 1.3 line; 1.0 to 1.2 send no too_many_pings
        assertFalse(rules.serverPolicy("grpc-core", "1.2.4").value().enforces());
        assertTrue(rules.serverPolicy("grpc-core", "1.3.1").value().enforces());
        // grpc-go: MinTime 0 means 5 minutes; etcd: a min time of 0 or less installs no policy, grpc-go's applies
        ServerPolicy go = rules.serverPolicy("grpc-go", "1.83.1").value();
        assertEquals("v1.83.1", go.source().version());
        assertEquals(Duration.ofMinutes(5), go.withPermits(Duration.ZERO, false).permitKeepAliveTime());
        ServerPolicy etcd = rules.serverPolicy("etcd", "3.5.17").value();
        assertEquals(Duration.ofMinutes(5), etcd.withPermits(Duration.ZERO, false).permitKeepAliveTime());
        assertEquals("https", etcd.caveatWhenScheme());
        assertTrue(etcd.caveat().contains("--listen-client-http-urls"), etcd.caveat());
        // grpc-java caps a permitted interval at 2 hours
        ServerPolicy java = rules.serverPolicy("grpc-java", "1.83.1").value();
        assertEquals(Duration.ofHours(2), java.withPermits(Duration.ofHours(3), false).permitKeepAliveTime());
        // grpc-java 1.3.0 to 1.6.0 clients could schedule two pings at once
        assertTrue(rules.clientBehaviour("grpc-java", "1.5.0").value().caveat().contains("#3274"));
        assertNull(rules.clientBehaviour("grpc-java", "1.6.1").value().caveat());
        // grpc-spring: nothing in 1.0.x, keep-alive-delay's 60 s in 1.1.x, 180 s from 1.2.0
        assertNull(rules.clientBehaviour("grpc-spring", "1.0.0.RELEASE").value().defaultKeepAliveTime());
        assertEquals(Duration.ofSeconds(120), rules.clientBehaviour("grpc-spring", "1.1.0.RELEASE").value()
            .defaultKeepAliveTimeout());
        assertEquals(Duration.ofSeconds(180), rules.clientBehaviour("grpc-spring", "2.0.1.RELEASE").value()
            .defaultKeepAliveTime());
    }

    @Test
    void googleFrontEndPolicyIsReportedNotDocumented() {
        ServerPolicy gfe = rules.serverPolicy("google-front-end", null).value();
        assertEquals(Duration.ofSeconds(30), gfe.permitKeepAliveTime());
        assertNull(gfe.permitKeepAliveWithoutCalls(), "not known whether the Google Front End permits idle pings");
        assertTrue(gfe.caveat().contains("does not document"), gfe.caveat());
        assertEquals("default", rules.library("gax-grpc").meetsOnLoopback());
    }

    @Test
    void etcdClientsOverTlsMeetTheSharedListenerWhichEnforcesNothing() {
        for (String library : List.of("jetcd", "cortex-etcd-kv", "dskit-etcd-kv")) {
            assertEquals("etcd-shared-tls-listener", rules.library(library).meetsOverTls(), library);
        }
        assertFalse(rules.serverPolicy("etcd-shared-tls-listener", null).value().enforces());
        assertNull(rules.library("grpc-java").meetsOverTls());
    }

    @Test
    void dubboTripleConsumerPingsIdleConnectionsFrom328AndItsProviderEnforcesNothing() {
        ClientBehaviour consumer = rules.clientBehaviour("dubbo-triple", "3.3.1").value();
        assertEquals(Duration.ofSeconds(60), consumer.defaultKeepAliveTime());
        assertTrue(consumer.defaultKeepAliveWithoutCalls(), "a reader-idle PING is sent whether or not a call is active");
        assertEquals("dubbo-triple-consumer", rules.clientBehaviour("dubbo-triple", "3.2.8").value().id());
        assertNull(rules.clientBehaviour("dubbo-triple", "3.2.7").value().defaultKeepAliveTime(), "no PING before 3.2.8");
        assertEquals("dubbo-triple-server", rules.library("dubbo-triple").meets());
        assertFalse(rules.serverPolicy("dubbo-triple-server", "3.3.1").value().enforces());
        assertTrue(rules.clientBehaviour("dubbo-triple", "3.3.1").value().source().note().contains("#12955"));
        assertEquals(Duration.ZERO, consumer.offAtOrBelow(), "a heartbeat of 0 or less sends no pings");
        for (String id : List.of("dubbo-reference-builder", "dubbo-reference-config")) {
            JavaBuilderSpec reference = rules.javaBuilders().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
            assertEquals(List.of("tri"), reference.schemes(), id + ": only a tri:// url is a triple consumer");
            assertEquals("heartbeat", reference.urlParameters().get(0).name(), id);
            assertEquals(ValueShape.MILLIS, reference.urlParameters().get(0).shape(), id);
        }
        JavaBuilderSpec config = rules.javaBuilders().stream().filter(b -> b.id().equals("dubbo-reference-config"))
            .findFirst().orElseThrow();
        assertTrue(config.factories().get(0).isConstructor() && config.isBuiltBy("get") && !config.isBuiltBy("build"));
    }

    @Test
    void servletServersNeverEnforceAndAreKnownByTypeAndArtifact() {
        assertFalse(rules.serverPolicy("grpc-java-servlet", "1.68.0").value().enforces());
        assertTrue(rules.library("grpc-java-servlet").artifacts().contains("io.grpc:grpc-servlet-jakarta"));
        JavaBuilderSpec servlet = rules.javaBuilders().stream().filter(b -> b.id().equals("grpc-java-servlet-server"))
            .findFirst().orElseThrow();
        assertTrue(servlet.types().contains("io.grpc.servlet.ServletServerBuilder"), servlet.types().toString());
        assertTrue(servlet.types().contains("io.grpc.servlet.jakarta.ServletServerBuilder"), servlet.types().toString());
    }

    @Test
    void springCloudGcpPubSubKeyIsWholeMinutesForGax() {
        ConfigDialect pubsub = rules.configDialects().stream().filter(d -> d.id().equals("spring-cloud-gcp-pubsub"))
            .findFirst().orElseThrow();
        assertEquals("GoogleCloudPlatform/spring-cloud-gcp", pubsub.source().project());
        assertEquals("google-front-end", rules.library("gax-grpc").meets());
    }
}
