package dev.keepalivelint.knowledge;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.check.KeepaliveBelowPermitTimeCheck;
import dev.keepalivelint.check.PingWithoutCallsCheck;
import dev.keepalivelint.model.Finding;
import org.junit.jupiter.api.Test;

/** Client libraries that build gRPC channels for the user (Google Cloud, Temporal, Camunda), through the whole engine. */
class ClientLibrariesTest {
    private static final String IDLE = PingWithoutCallsCheck.ID;
    private static final String BELOW = KeepaliveBelowPermitTimeCheck.ID;

    @Test
    void googleCloudChannelProviderMeetsTheGoogleFrontEndAndEmulatorsTheirOwnServer() {
        LintResult r = lint("gcloud", "com.google.api:gax-grpc:2.75.0");
        String file = "LedgerStubSettings.java";
        Finding gfe = single(r, BELOW, file, 14);
        assertMentions(gfe, "EnhancedBigtableStubSettings.defaultGrpcTransportProviderBuilder()",
            "keepAliveTime 10s (written as setKeepAliveTime(Duration.ofSeconds(PING_SECONDS))", "from constant LedgerStubSettings.PING_SECONDS", "Google Front End",
            "accepts a ping every 30s at most", "whether also while no call is active is not known",
            "Google does not document this policy", "java-bigtable PR #528",
            ".setKeepAliveTime(Duration.ofSeconds(30))");
        Finding emulator = single(r, BELOW, file, 22);
        assertMentions(emulator, "localhost:8086 on this machine", "accepts a ping every 5m at most");
        // idle pings on the Google Front End are not known, so not reported; tuned() is 30 s, no idle pings
        assertEquals(2, r.findings().size(), r.findings().toString());
    }

    @Test
    void temporalStubsPingIdleConnectionsWhichTheJavaTestServerPunishes() {
        LintResult r = lint("temporal", "io.temporal:temporal-sdk:1.38.0", "io.temporal:temporal-testing:1.38.0");
        String file = "TemporalClients.java";
        assertMentions(single(r, IDLE, file, 15), "Temporal service stubs WorkflowServiceStubsOptions.newBuilder()",
            "keepAliveWithoutCalls true (temporal-serviceclient 1.38.0 default", "keepAliveTime 30s",
            "Temporal Java test server", "OrdersWorkflowTest.java:7", ".setKeepAlivePermitWithoutStream(false)");
        single(r, BELOW, file, 15);
        // the production target meets the Temporal frontend: 10 s and idle pings permitted
        assertEquals(2, r.findings().size(), r.findings().toString());
    }

    @Test
    void temporalStubsBefore123DoNotPing() {
        LintResult r = lint("temporal", "io.temporal:temporal-sdk:1.22.0", "io.temporal:temporal-testing:1.22.0");
        assertEquals(0, r.findings().size(), r.findings().toString());
    }

    @Test
    void zeebeClientsAgainstTheGatewayMinimum() {
        LintResult r = lint("zeebe", "io.camunda:zeebe-client-java:8.5.4");
        assertMentions(single(r, BELOW, "Workflows.java", 15), "Camunda 8 / Zeebe client ZeebeClient.newClientBuilder()",
            "keepAliveTime 10s", "Camunda 8 / Zeebe gateway", "accepts a ping every 30s at most",
            ".keepAlive(Duration.ofSeconds(30))");
        assertMentions(single(r, BELOW, "application.yml", 5), "camunda.client.zeebe", "keepAliveTime 15s",
            "camunda.client.zeebe.keep-alive: 30s");
        // the default client pings every 45 s, which the gateway's 30 s minimum accepts
        assertEquals(2, r.findings().size(), r.findings().toString());
    }
}
