package dev.keepalivelint.check;

import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keepalivelint.FixtureExpectations;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.Severity;
import org.junit.jupiter.api.Test;

/** The findings are the fixtures' markers ({@link FixtureExpectations}); these add what markers do not say. */
class UnresolvedValueCheckTest {
    private static final String ID = UnresolvedValueCheck.ID;

    @Test
    void valuesFromMethodCallsAreNotesNotErrors() {
        LintResult r = FixtureExpectations.project("unresolved").assertComplete();
        assertEquals(Severity.NOTE, single(r, ID, "ConfiguredChannel.java", 16).severity());
        assertEquals(Severity.NOTE, single(r, ID, "ConfiguredChannel.java", 17).severity());
    }

    @Test
    void resolvedValuesGiveNoNote() {
        // constants, arithmetic and Duration factories resolve; their fixtures expect no unresolved-value
        FixtureExpectations.project("channels").assertComplete();
        FixtureExpectations.project("etcd-tuned").assertComplete();
    }
}
