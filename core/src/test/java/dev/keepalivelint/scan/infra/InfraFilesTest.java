package dev.keepalivelint.scan.infra;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.assertNone;
import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.of;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kubernetes manifests, docker-compose files and Helm values running Cortex, Mimir, Loki and etcd. */
class InfraFilesTest {
    private static LintResult result;

    @BeforeAll
    static void lintOnce() {
        result = lint("infra-deploy", "io.etcd:jetcd-core:0.8.6");
    }

    @Test
    void cortexStatefulSetWithAnEtcdRingFailsOnTheArgsLineAndNamesTheEtcdStatefulSet() {
        Finding f = single(result, "ping-without-calls", "deploy/cortex/ingester.yaml", 20);
        assertMentions(f, "Cortex etcd client ingester.lifecycler.ring.kvstore", "cortex-etcd-kv 1.18.1",
            "keepAliveWithoutCalls true (cortex-etcd-kv 1.18.1 default",
            "it connects to etcd-client.monitoring.svc.cluster.local:2379, a name of the etcd StatefulSet etcd container etcd at deploy/etcd/etcd.yaml:",
            "permitKeepAliveTime 10s",
            "Write -etcd.ping-without-stream-allowed=false");
        System.out.println("MESSAGE cortex: " + f.location() + " " + f.fullMessage());
    }

    @Test
    void theConfigFileTheFlagsPointAtIsReadWithTheContainerAndItsOwnFixCounts() {
        // deploy/cortex/cortex.yaml sets the distributor ring to etcd with ping-without-stream-allowed: false
        assertNone(result, "ping-without-calls", "deploy/cortex/cortex.yaml");
        assertTrue(result.filesScanned() > 0);
    }

    @Test
    void theSameStatefulSetWithThePingFlagFalsePasses() {
        assertNone(result, "ping-without-calls", "deploy/cortex-fixed/ingester.yaml");
    }

    @Test
    void cortexBeforeOneEighteenIsToldToUpgradeNotToWriteAKeyItRefuses() {
        Finding f = single(result, "ping-without-calls", "deploy/old-cortex/distributor.yaml", 13);
        assertMentions(f, "distributor.ring.kvstore", "cortex-etcd-kv 1.17.1",
            "Cortex before 1.18.0 has no ping-without-stream-allowed", "upgrade to Cortex 1.18.0 or later",
            "This client's idle pings cannot be configured");
        assertFalse(f.fullMessage().contains("Write -distributor.ring.etcd.ping-without-stream-allowed"), f.fullMessage());
        System.out.println("MESSAGE old cortex: " + f.location() + " " + f.fullMessage());
    }

    @Test
    void mimirEtcdRingInHelmValuesGetsTheDskitAdvice() {
        Finding f = single(result, "ping-without-calls", "deploy/mimir/values.yaml", 8);
        assertMentions(f, "Mimir/Loki etcd client (grafana dskit) ingester.ring.kvstore (Grafana Mimir 2.14.0)",
            "Mimir and Loki use grafana dskit's etcd client, which always pings idle connections: no setting turns that off",
            "memberlist", "consul", "Cortex 1.18.0 or later", "a name of the etcd StatefulSet etcd",
            "This client's idle pings cannot be configured");
        assertFalse(f.fullMessage().contains("Write "), f.fullMessage());
        System.out.println("MESSAGE mimir: " + f.location() + " " + f.fullMessage());
    }

    @Test
    void lokiTemplatedConfigIsReadWithItsLineOffsetAndTheCortexKeyIsRefused() {
        Finding ring = single(result, "ping-without-calls", "deploy/loki/values.yaml", 15);
        assertMentions(ring, "ingester.lifecycler.ring.kvstore", "grafana dskit");
        System.out.println("MESSAGE loki: " + ring.location() + " " + ring.fullMessage());
        Finding multi = single(result, "ping-without-calls", "deploy/loki/values.yaml", 22);
        assertMentions(multi, "compactor.compactor_ring.kvstore",
            "compactor.compactor_ring.kvstore.etcd.ping-without-stream-allowed (values.yaml:29) is not a Mimir or Loki setting");
        Finding refused = single(result, "unreadable-input", "deploy/loki/values.yaml", 29);
        assertMentions(refused, "their strict YAML loading refuses it");
        System.out.println("MESSAGE loki refused: " + refused.location() + " " + refused.fullMessage());
        // a templated store is unknown, not an error
        assertNone(result, "ping-without-calls", "deploy/loki/values.yaml:9");
    }

    @Test
    void anUnrelatedYamlWithAKvstoreKeyIsNotCortexConfiguration() {
        assertNone(result, "ping-without-calls", "deploy/unrelated/app-values.yaml");
    }

    @Test
    void etcdWithClientTlsOnTheSharedListenerDoesNotEnforce() {
        // loki in docker-compose pings idle connections, but its etcd serves TLS on the shared listener
        assertNone(result, "ping-without-calls", "deploy/compose/docker-compose.yml");
        assertTrue(of(result, "unreadable-input").stream().noneMatch(f -> f.location().path().contains("compose")));
    }

    @Test
    void helmTemplatesAreNotReadAsYaml() {
        assertTrue(result.findings().stream().noneMatch(f -> f.location().path().contains("mychart")),
            result.findings().toString());
    }

    @Test
    void aCommentSaysWhichProductAFileIs() {
        // without the comment nothing in the file tells, and it would be read as Cortex
        Finding f = single(result, "ping-without-calls", "deploy/marked/ring.yaml", 4);
        assertMentions(f, "Mimir/Loki etcd client (grafana dskit) distributor.ring.kvstore", "no setting turns that off");
    }

    @Test
    void aJetcdClientNamingTheServiceMeetsThatEtcd() {
        Finding f = single(result, "ping-without-calls", "src/main/java/com/acme/Leader.java", 11);
        assertMentions(f, "jetcd client", "it connects to http://etcd-client.monitoring:2379, a name of the etcd StatefulSet etcd",
            "permitKeepAliveTime 10s");
    }
}
