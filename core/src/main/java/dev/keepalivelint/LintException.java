package dev.keepalivelint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The lint could not run because of the user's input (for example a broken rules file); the message says what to fix. */
public final class LintException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> details;

    public LintException(String message, List<String> details) {
        super(message);
        this.details = Collections.unmodifiableList(new ArrayList<>(details));
    }

    /** One line per problem, e.g. "rules.yaml:12: 'versions' is missing". */
    public List<String> details() {
        return details;
    }
}
