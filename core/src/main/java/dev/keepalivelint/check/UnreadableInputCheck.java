package dev.keepalivelint.check;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Severity;
import dev.keepalivelint.scan.InputProblem;
import java.util.ArrayList;
import java.util.List;

/** A source, configuration or rules file that could not be read or parsed; the scan went on without it. */
public final class UnreadableInputCheck implements Check {
    public static final String ID = "unreadable-input";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A file or value could not be read or parsed; the scan went on without it.";
    }

    @Override
    public String help() {
        return "A file that does not parse, is not text, is too large or cannot be opened is skipped, and a "
            + "configuration value that cannot be read is ignored. Keepalive settings in it were not checked. Fix "
            + "the file, or exclude it from the scan.";
    }

    @Override
    public List<Finding> run(Analysis analysis) {
        List<Finding> out = new ArrayList<>();
        for (InputProblem p : analysis.problems()) {
            out.add(new Finding(ID, defaultSeverity(), p.location(), p.reason() + "; skipped, the scan went on without it.",
                null, List.of(), p.reason()));
        }
        return out;
    }
}
