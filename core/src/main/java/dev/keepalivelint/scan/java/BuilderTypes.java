package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.type.Type;
import dev.keepalivelint.rules.JavaBuilderSpec;
import java.util.List;

/** The builder types the rules know ({@code types:} of each builder), recognised as written in a file. */
final class BuilderTypes {
    private final List<JavaBuilderSpec> specs;

    BuilderTypes(List<JavaBuilderSpec> specs) {
        this.specs = specs;
    }

    /** The builder {@code type} (as written in the file {@code names} describes) is, or null. */
    JavaBuilderSpec specOf(Type type, Names names) {
        if (!type.isClassOrInterfaceType()) {
            return null;
        }
        String written = type.asClassOrInterfaceType().getNameWithScope();
        for (JavaBuilderSpec spec : specs) {
            for (String t : spec.types()) {
                if (written.equals(t.substring(t.lastIndexOf('.') + 1)) || written.contains(".")) {
                    if (names.isClass(written, t)) {
                        return spec;
                    }
                }
            }
        }
        return null;
    }
}
