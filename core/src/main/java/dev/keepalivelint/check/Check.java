package dev.keepalivelint.check;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Severity;
import java.util.List;

/**
 * One check: a stable id users configure and suppress it by, a one-line summary, longer help, and the
 * findings it draws from the analysed project. Checks never parse; they read the {@link Analysis}.
 */
public interface Check {
    /** The stable rule id, e.g. "ping-without-calls". */
    String id();

    Severity defaultSeverity();

    /** One line saying what the check finds. */
    String summary();

    /** A paragraph: why it matters and how to fix it. */
    String help();

    List<Finding> run(Analysis analysis);
}
