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

class UnreadableInputCheckTest {
    private static final String ID = UnreadableInputCheck.ID;

    @Test
    void aFileThatDoesNotParseIsReportedAndTheOtherFilesAreStillChecked() {
        LintResult r = lint("broken-java", "io.etcd:jetcd-core:0.8.6");
        assertEquals(1, of(r, ID).size(), r.findings().toString());
        Finding f = single(r, ID, "src/main/java/com/acme/broken/HalfWritten.java", 7);
        assertEquals(Severity.WARNING, f.severity());
        assertMentions(f, "not valid Java", "the scan went on without it");
        single(r, PingWithoutCallsCheck.ID, "Election.java", 6);
    }

    @Test
    void readableFilesGiveNoFinding() {
        assertTrue(of(lint("channels"), ID).isEmpty());
    }
}
