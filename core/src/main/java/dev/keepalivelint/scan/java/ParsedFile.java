package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.CompilationUnit;
import dev.keepalivelint.model.Diagnostic;

/** The outcome of parsing one file: a compilation unit, or the problem that prevented it. */
final class ParsedFile {
    private final JavaFile file;
    private final CompilationUnit unit;
    private final Diagnostic problem;
    private final String hash;

    ParsedFile(JavaFile file, CompilationUnit unit, Diagnostic problem, String hash) {
        this.file = file;
        this.unit = unit;
        this.problem = problem;
        this.hash = hash;
    }

    /** Hash of the file's bytes when it was read, for the incremental cache; null when it could not be read. */
    String hash() {
        return hash;
    }

    JavaFile file() {
        return file;
    }

    /** Null when the file could not be parsed. */
    CompilationUnit unit() {
        return unit;
    }

    Diagnostic problem() {
        return problem;
    }
}
