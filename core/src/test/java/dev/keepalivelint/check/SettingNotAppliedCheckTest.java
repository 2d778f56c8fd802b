package dev.keepalivelint.check;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.of;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Severity;
import org.junit.jupiter.api.Test;

/** Keys a framework version does not have, and values it cannot bind, are reported instead of applied. */
class SettingNotAppliedCheckTest {
    private static final String ID = SettingNotAppliedCheck.ID;
    private static final String YML = "src/main/resources/application.yml";

    @Test
    void grpcSpringBefore23BindsLongSecondsAndHasNoServerKeys() {
        LintResult r = lint("config-grpc-spring-2.2", "net.devh:grpc-client-spring-boot-starter:2.2.0.RELEASE");
        Finding unit = single(r, ID, YML, 6);
        assertEquals(Severity.WARNING, unit.severity());
        assertMentions(unit, "grpc.client.ledger.keep-alive-time: 30s is not applied", "long number of seconds",
            "fails to start with a binding error", "(grpc-spring 2.2.0.RELEASE)", "keep-alive-time: 30");
        assertMentions(single(r, ID, YML, 10), "grpc.client.audit.keep-alive-delay: 60 is not applied", "1.1.x spelling");
        assertMentions(single(r, ID, YML, 13), "grpc.server.permit-keep-alive-time: 30s is not applied", "from 2.3.0");
        // audit's keep-alive-time: 120 (plain seconds) binds: 2 minutes against the default 5 minute server
        assertMentions(single(r, KeepaliveBelowPermitTimeCheck.ID, YML, 11), "keepAliveTime 2m");
        assertEquals(3, of(r, ID).size(), r.findings().toString());
        // ledger's 30s does not bind, so the 1 minute default pings; its fix is the plain seconds that do bind
        Finding ledger = single(r, KeepaliveBelowPermitTimeCheck.ID, YML, 3);
        assertMentions(ledger, "keepAliveTime 1m");
        assertEquals("Write grpc.client.ledger.keep-alive-time: 300 or more.", ledger.fix());
    }

    @Test
    void grpcSpringFrom23AppliesTheSameFile() {
        LintResult r = lint("config-grpc-spring-2.2", "net.devh:grpc-client-spring-boot-starter:2.3.0.RELEASE");
        assertEquals(1, of(r, ID).size(), "only the 1.1.x keep-alive-delay: " + r.findings());
        single(r, ID, YML, 10);
    }

    @Test
    void quarkusBefore3HasNoServerPermitKeys() {
        LintResult r = lint("config-quarkus-2", "io.quarkus:quarkus-grpc:2.16.12.Final");
        String props = "src/main/resources/application.properties";
        assertMentions(single(r, ID, props, 4), "netty.permit-keep-alive-time=30s is not applied", "only from 3.0.0",
            "(quarkus-grpc 2.16.12.Final)");
        // the local client then meets grpc-java's 5 minute default: 60 s is too often
        assertMentions(single(r, KeepaliveBelowPermitTimeCheck.ID, props, 9), "accepts a ping every 5m at most");
        LintResult v3 = lint("config-quarkus-2", "io.quarkus:quarkus-grpc:3.0.0.Final");
        assertEquals(0, v3.findings().size(), v3.findings().toString());
    }
}
