package dev.keepalivelint.check;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.RuleDescriptor;
import java.util.List;

/**
 * One check: its {@link RuleDescriptor} (stable id, summary, default severity, help) and the findings it draws
 * from the analysed project. Checks never parse; they read the {@link Analysis}.
 */
public interface Check {
    /** What this rule is; the single source of its id, summary, default severity and help. */
    RuleDescriptor descriptor();

    /** The stable rule id, e.g. "ping-without-calls". */
    default String id() {
        return descriptor().id();
    }

    List<Finding> run(Analysis analysis);
}
