package dev.keepalivelint.check;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Severity;
import dev.keepalivelint.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Rule {@value #ID}; what it means is in {@link #DESCRIPTOR} and docs/rules. Turns each scan diagnostic into a finding users can re-level or suppress. */
public final class UnreadableInputCheck implements Check {
    public static final String ID = "unreadable-input";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, Severity.WARNING,
        "A file or value could not be read or parsed; the scan went on without it.",
        "A file that does not parse, is not text, is too large or cannot be opened is skipped, and a "
        + "configuration value that cannot be read is ignored. Keepalive settings in it were not checked. Fix "
        + "the file, or exclude it from the scan.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(Analysis analysis) {
        List<Finding> out = new ArrayList<>();
        for (Diagnostic p : analysis.problems()) {
            out.add(new Finding(ID, DESCRIPTOR.defaultSeverity(), p.location(), p.reason() + "; skipped, the scan went on without it.",
                null, List.of(), p.reason()));
        }
        return out;
    }
}
