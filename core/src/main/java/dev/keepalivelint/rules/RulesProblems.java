package dev.keepalivelint.rules;

import dev.keepalivelint.yaml.SafeYaml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The problems found in the rules files, shared by the loader and the section readers. They are found section
 * by section, in the order the readers run, but reported in the order of the files: by file (in the order they
 * are loaded), then line, then column, so a reader fixing a file can go from top to bottom.
 */
final class RulesProblems {

    /** One problem: where it is (line -1 when it concerns the whole file) and what is wrong. */
    private static final class Problem {
        final String file;
        final int line;
        final int column;
        final String message;

        Problem(String file, int line, int column, String message) {
            this.file = file;
            this.line = line;
            this.column = column;
            this.message = message;
        }

        /** "file:line: what is wrong", or "file: what is wrong" for the whole file. */
        String text() {
            return file + (line < 0 ? "" : ":" + line) + ": " + message;
        }
    }

    private final List<Problem> found = new ArrayList<>();

    /** A problem at {@code node} (line 0 when there is no node). */
    void add(String file, Node node, String message) {
        found.add(node == null ? new Problem(file, 0, 0, message)
            : new Problem(file, SafeYaml.line(node), SafeYaml.column(node), message));
    }

    /** A problem on a line whose node is not at hand (a YAML syntax error, for example). */
    void add(String file, int line, String message) {
        found.add(new Problem(file, line, 0, message));
    }

    /** A problem of the whole file (it is empty, not UTF-8, ...). */
    void add(String file, String message) {
        found.add(new Problem(file, -1, 0, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** How many problems were found so far (a reader compares counts to tell whether a part of an entry was valid). */
    int size() {
        return found.size();
    }

    /**
     * Every problem as "file:line: what is wrong", in file order: the files as {@code files} lists them (any other
     * last), then by line and column; problems at the same place keep the order they were found in.
     */
    List<String> inFileOrder(List<String> files) {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.<Problem>comparingInt(p -> rank(files, p.file)).thenComparingInt(p -> p.line)
            .thenComparingInt(p -> p.column));
        List<String> out = new ArrayList<>();
        for (Problem p : sorted) {
            out.add(p.text());
        }
        return out;
    }

    private static int rank(List<String> files, String file) {
        int i = files.indexOf(file);
        return i < 0 ? files.size() : i;
    }
}
