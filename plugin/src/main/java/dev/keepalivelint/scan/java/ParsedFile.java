package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.CompilationUnit;
import dev.keepalivelint.scan.InputProblem;

/** The outcome of parsing one file: a compilation unit, or the problem that prevented it. */
final class ParsedFile {
    private final JavaFile file;
    private final CompilationUnit unit;
    private final InputProblem problem;

    ParsedFile(JavaFile file, CompilationUnit unit, InputProblem problem) {
        this.file = file;
        this.unit = unit;
        this.problem = problem;
    }

    JavaFile file() {
        return file;
    }

    /** Null when the file could not be parsed. */
    CompilationUnit unit() {
        return unit;
    }

    InputProblem problem() {
        return problem;
    }
}
