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

class KeepaliveBelowClientMinimumCheckTest {
    private static final String ID = KeepaliveBelowClientMinimumCheck.ID;

    @Test
    void intervalBelowGrpcJavasFloor() {
        LintResult r = lint("channels", "io.grpc:grpc-api:1.83.1");
        assertEquals(1, of(r, ID).size(), r.findings().toString());
        Finding f = single(r, ID, "UpstreamChannels.java", 44);
        assertEquals(Severity.WARNING, f.severity());
        assertMentions(f, "keepAliveTime is written as 5s", "raises anything below 10s to 10s",
            "the code says 5s, the wire does 10s", ".keepAliveTime(10, TimeUnit.SECONDS)");
    }

    @Test
    void valuesAtOrAboveTheFloorAreFine() {
        assertTrue(of(lint("etcd-tuned", "io.etcd:jetcd-core:0.8.6"), ID).isEmpty());
        assertTrue(of(lint("same-project-server"), ID).isEmpty());
    }
}
