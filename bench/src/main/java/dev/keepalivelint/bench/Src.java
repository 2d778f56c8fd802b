package dev.keepalivelint.bench;

/** A source file being written line by line, with indentation and a line count (class sizes are in lines). */
final class Src {
    private static final String STEP = "    ";

    private final StringBuilder text = new StringBuilder(8192);
    private String indent = "";
    private int lines;

    Src line(String line) {
        if (!line.isEmpty()) {
            text.append(indent).append(line);
        }
        text.append('\n');
        lines++;
        return this;
    }

    /** Writes {@code header + " {"} and indents what follows. */
    Src open(String header) {
        line(header + " {");
        indent += STEP;
        return this;
    }

    Src close() {
        return close("");
    }

    /** Ends the innermost block, e.g. {@code close(");")} after an anonymous class argument. */
    Src close(String suffix) {
        indent = indent.substring(STEP.length());
        return line("}" + suffix);
    }

    int lines() {
        return lines;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
