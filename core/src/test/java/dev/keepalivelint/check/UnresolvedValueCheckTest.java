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

class UnresolvedValueCheckTest {
    private static final String ID = UnresolvedValueCheck.ID;

    @Test
    void valuesFromMethodCallsAreNotesNotErrors() {
        LintResult r = lint("unresolved");
        assertEquals(2, r.findings().size(), r.findings().toString());
        Finding time = single(r, ID, "ConfiguredChannel.java", 16);
        assertEquals(Severity.NOTE, time.severity());
        assertMentions(time, "keepAliveTime could not be determined", "settings.keepAliveSeconds()",
            "only known at run time", "checks that need its exact value were skipped");
        Finding idle = single(r, ID, "ConfiguredChannel.java", 17);
        assertMentions(idle, "keepAliveWithoutCalls could not be determined", "settings.idlePings()");
    }

    @Test
    void resolvedValuesGiveNoNote() {
        assertTrue(of(lint("channels"), ID).isEmpty());
        assertTrue(of(lint("etcd-tuned"), ID).isEmpty());
    }
}
