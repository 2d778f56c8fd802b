package dev.keepalivelint.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A rules file that cannot be used, with every problem found: file, line and what is wrong. */
public final class RulesFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public RulesFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }

    /** Each problem as "file:line: what is wrong". */
    public List<String> problems() {
        return problems;
    }
}
