package dev.keepalivelint;

import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.check.KeepaliveBelowPermitTimeCheck;
import dev.keepalivelint.check.PingWithoutCallsCheck;
import dev.keepalivelint.model.Observation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Dubbo triple consumers written with new ReferenceConfig<>() and setters (fixture dubbo-reference-config, whose
 * markers the fixture suite checks): which references are triple consumers, and how a fix speaks of Dubbo's
 * heartbeat, the only thing that sets its pings.
 */
class DubboReferencesTest {
    private static final String PROJECT = "dubbo-reference-config";
    private static final String[] DEPS = {"org.apache.dubbo:dubbo:3.3.1", "io.grpc:grpc-netty:1.68.0"};
    private static final String CONSUMERS = "QuoteConsumers.java";

    @Test
    void onlyATriUrlMakesAReferenceConfigATripleConsumer() throws LintException {
        LintRequest request = LintFixtures.request(PROJECT, DEPS).build();
        List<Observation> seen = new Engine().observe(request, Engine.loadRules(request));
        List<Integer> consumers = seen.stream()
            .filter(o -> o.location().fileName().equals(CONSUMERS) && o.library().equals("dubbo-triple"))
            .map(o -> o.location().line()).sorted().collect(Collectors.toList());
        // dubbo:// (line 46), a url without a scheme (53) and a reference never got nor handed over (66) are not;
        // the ReferenceBuilder at 72 is.
        assertEquals(List.of(13, 22, 30, 38, 59, 72), consumers, seen.toString());
    }

    @Test
    void theFixOfAPingBelowThePermittedIntervalNamesTheHeartbeatInMilliseconds() {
        LintResult r = lint(PROJECT, DEPS);
        assertEquals("Set `?heartbeat=` on the url for a heartbeat of 300000 ms or more, or let the server at "
            + "QuoteServer.java:10 accept it (.permitKeepAliveTime(1, TimeUnit.MINUTES)).",
            single(r, KeepaliveBelowPermitTimeCheck.ID, CONSUMERS, 13).fix());
        assertTrue(single(r, KeepaliveBelowPermitTimeCheck.ID, CONSUMERS, 39).fix()
            .startsWith("Set `?heartbeat=` on the url for a heartbeat of 300000 ms or more, "));
    }

    @Test
    void theFixOfIdlePingsSaysAHeartbeatOfZeroStopsEveryPing() {
        LintResult r = lint(PROJECT, DEPS);
        String fix = single(r, PingWithoutCallsCheck.ID, CONSUMERS, 30).fix();
        assertTrue(fix.startsWith("Set `?heartbeat=` on the url for a heartbeat of 0 ms (or less) to stop all its pings "
            + "(it pings whether or not a call is active, so its idle pings cannot be stopped alone), or let the server at "
            + "QuoteServer.java:10 permit idle pings"), fix);
        assertTrue(fix.contains("Or set `?heartbeat=` on the url for a heartbeat of 7200000 ms or more"), fix);
        assertTrue(!fix.contains("keepAliveTime") && !fix.contains("cannot be configured."), fix);
    }
}
