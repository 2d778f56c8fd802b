package dev.keepalivelint.check;

import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keepalivelint.FixtureExpectations;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Severity;
import org.junit.jupiter.api.Test;

/** The findings are the fixtures' markers ({@link FixtureExpectations}); these add what markers do not say. */
class UnreadableInputCheckTest {
    private static final String ID = UnreadableInputCheck.ID;

    @Test
    void aFileThatDoesNotParseIsReportedAndTheOtherFilesAreStillChecked() {
        // the broken file's marker and the other file's ping-without-calls marker both hold
        LintResult r = FixtureExpectations.project("broken-java").assertComplete();
        assertEquals(Severity.WARNING, single(r, ID, "src/main/java/com/acme/broken/HalfWritten.java", 7).severity());
    }

    @Test
    void readableFilesGiveNoFinding() {
        FixtureExpectations.project("channels").assertComplete();
        FixtureExpectations.project("config-cortex").assertComplete();
    }
}
