package dev.keepalivelint.rules;

/** An entry chosen from the rules file for a library version, with a note when the choice was not exact. */
public final class Selection<T> {
    private final T value;
    private final String note;

    Selection(T value, String note) {
        this.value = value;
        this.note = note;
    }

    public T value() {
        return value;
    }

    /**
     * Null when the version lies in the entry's range; otherwise says what was assumed (version unknown,
     * or no entry covers it and the nearest was used).
     */
    public String note() {
        return note;
    }
}
