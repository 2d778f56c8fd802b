package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the names written in one compilation unit to fully qualified class names, the way the compiler
 * would without a classpath: declared types, single-type imports, the same package, wildcard imports.
 * Shaded copies of a class (a package that ends with the original package) count as that class.
 */
final class Names {
    private final CompilationUnit unit;
    private final String packageName;
    private final JavaSources sources;
    /** Types declared in the file by simple name, the first in tree order; built on first use, then read only. */
    private volatile Map<String, TypeDeclaration<?>> declared;

    /** The unit's node lists (one walk for every kind). */
    private final FileIndex index;
    /** The unit's imports as tables; built on first use, then read only. */
    private volatile Imports imports;

    /**
     * The imports of the unit, read once: a lookup then costs a map access, not a walk of the imports building
     * their names again (a file with a hundred imports and thousands of names to resolve).
     */
    private static final class Imports {
        /** Single-type imports by simple name, the first of a name. */
        final Map<String, String> types = new HashMap<>();
        /** Packages (or types) of the on-demand imports, in order. */
        final List<String> wildcards = new ArrayList<>();
        /** Single-static imports by member name, in order. */
        final Map<String, List<String>> members = new HashMap<>();
        /** Types of the static on-demand imports, in order. */
        final List<String> staticWildcards = new ArrayList<>();

        Imports(CompilationUnit unit) {
            for (ImportDeclaration imp : unit.getImports()) {
                String name = imp.getNameAsString();
                if (imp.isStatic()) {
                    if (imp.isAsterisk()) {
                        staticWildcards.add(name);
                    } else {
                        members.computeIfAbsent(imp.getName().getIdentifier(), k -> new ArrayList<>(1)).add(name);
                    }
                } else if (imp.isAsterisk()) {
                    wildcards.add(name);
                } else {
                    types.putIfAbsent(imp.getName().getIdentifier(), name);
                }
            }
        }
    }

    private Imports imports() {
        Imports i = imports;
        if (i == null) {
            synchronized (this) {
                i = imports;
                if (i == null) {
                    i = new Imports(unit);
                    imports = i;
                }
            }
        }
        return i;
    }

    Names(CompilationUnit unit, JavaSources sources, FileIndex index) {
        this.unit = unit;
        this.index = index;
        this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        this.sources = sources;
    }

    /** The names of the file holding {@code node}, built once per file (see {@link FileIndex}). */
    static Names of(Node node, JavaSources sources) {
        return FileIndex.of(node, sources).names();
    }

    /**
     * Candidate fully qualified names for a type written as {@code written} ("Client", "io.grpc.Grpc",
     * "Outer.Inner"), most certain first. Empty when nothing in the file names such a type.
     */
    List<String> resolveType(String written) {
        List<String> out = new ArrayList<>();
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        if (dot > 0 && Character.isLowerCase(first.charAt(0))) {
            out.add(written);
            return out;
        }
        String declared = declaredType(first);
        if (declared != null) {
            out.add(declared + rest);
            return out;
        }
        Imports imports = imports();
        String imported = imports.types.get(first);
        if (imported != null) {
            out.add(imported + rest);
            return out;
        }
        String samePackage = packageName.isEmpty() ? first : packageName + "." + first;
        if (sources != null && sources.hasClass(samePackage)) {
            out.add(samePackage + rest);
            return out;
        }
        for (String wildcard : imports.wildcards) {
            out.add(wildcard + "." + first + rest);
        }
        if (first.equals("TimeUnit") || first.equals("ChronoUnit") || first.equals("Duration")) {
            // Commonly imported through wildcards of java.util.concurrent / java.time; checked by value, not name.
            out.add(first + rest);
        }
        return out;
    }

    /** True when {@code written} names the class {@code className} (or a shaded copy of it). */
    boolean isClass(String written, String className) {
        for (String candidate : resolveType(written)) {
            if (sameClass(candidate, className)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code candidate} is {@code className} or a shaded copy of it. */
    static boolean sameClass(String candidate, String className) {
        return candidate.equals(className) || candidate.endsWith("." + className);
    }

    /** The fully qualified name of a type declared in this file with simple name {@code simple}, or null. */
    private String declaredType(String simple) {
        TypeDeclaration<?> t = declaredTypeNode(simple);
        return t == null ? null : t.getFullyQualifiedName().orElse(simple);
    }

    /**
     * The type declared in this file (at any depth) with simple name {@code simple}, the first in tree order, or
     * null. One walk of the file builds the table, so a lookup does not walk the tree again.
     */
    TypeDeclaration<?> declaredTypeNode(String simple) {
        Map<String, TypeDeclaration<?>> map = declared;
        if (map == null) {
            synchronized (this) {
                map = declared;
                if (map == null) {
                    map = new HashMap<>();
                    for (TypeDeclaration<?> t : index.nodes(TypeDeclaration.class)) {
                        map.putIfAbsent(t.getNameAsString(), t);
                    }
                    declared = map;
                }
            }
        }
        return map.get(simple);
    }

    /**
     * The member a static import brings in under {@code name}: "pkg.Class.NAME" for an explicit import, or
     * "pkg.Class.*" candidates for wildcard static imports. Explicit imports first.
     */
    List<String> staticImports(String name) {
        Imports imports = imports();
        List<String> out = new ArrayList<>(imports.members.getOrDefault(name, List.of()));
        for (String type : imports.staticWildcards) {
            out.add(type + "." + name);
        }
        return out;
    }

    String packageName() {
        return packageName;
    }
}
