package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.Type;
import dev.keepalivelint.model.Location;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Values the code decides by default: the default of a keyed read ({@code props.getOrDefault(KEY, 30)},
 * {@code System.getProperty("k", "30")}), reported as "by default, unless KEY is set", and the default an
 * options object holds in a field initialiser and hands back through a getter
 * ({@code options.getKeepAliveTime()} of a project class whose builder starts the field at 30 s).
 */
final class Defaults {
    /**
     * Methods that read a value by key and take the default as their second argument: java.util.Map,
     * java.util.Properties, System/Integer/Long, and the same names in configuration libraries.
     */
    private static final Set<String> KEYED_READS = Set.of("getOrDefault", "getProperty", "getInteger", "getLong",
        "getInt", "getBoolean", "getString", "getDuration", "getOrElse", "getOrCustomDefault", "getValueOrDefault");

    private Defaults() {
    }

    static boolean isKeyedRead(MethodCallExpr m) {
        return m.getArguments().size() == 2 && KEYED_READS.contains(m.getNameAsString())
            && !m.getArguments().get(0).isIntegerLiteralExpr();
    }

    /** The default of a keyed read, or why it is unknown. */
    static Value keyedRead(MethodCallExpr m, Function<Expression, Value> eval) {
        Value fallback = eval.apply(m.getArguments().get(1));
        if (!fallback.isKnown()) {
            return Value.unknown("`" + m + "` is read from configuration at run time, and its default `"
                + m.getArguments().get(1) + "` is not a constant: " + fallback.unknownReason());
        }
        Value key = eval.apply(m.getArguments().get(0));
        String keyText = key.get() instanceof String ? (String) key.get() : m.getArguments().get(0).toString();
        return fallback.via("by default, unless " + keyText + " is set (" + m.getNameAsString() + " at line "
            + m.getBegin().map(p -> p.line).orElse(0) + ")");
    }

    /**
     * {@code options.getX()} where {@code options} is declared with a project type whose getX() returns one of
     * its fields: that field's value, or the initial value a field of the same name has in the type or in a type
     * nested in it (its builder), as a default. Null when the call is not of that shape.
     */
    static Value optionsGetter(MethodCallExpr m, JavaSources sources,
                               BiFunction<TypeDeclaration<?>, String, Value> fieldOf, Function<Expression, Value> eval) {
        if (!m.getArguments().isEmpty() || m.getScope().isEmpty()) {
            return null;
        }
        Node decl = Scopes.declarationOf(m.getScope().get());
        Type declared = decl == null ? null : Scopes.typeOf(decl);
        if (declared == null || !declared.isClassOrInterfaceType()) {
            return null;
        }
        TypeDeclaration<?> type = projectType(m, declared.asClassOrInterfaceType().getNameWithScope(), sources);
        for (int depth = 0; type != null && depth < 4; depth++) {
            String field = returnedField(type, m.getNameAsString());
            if (field != null) {
                return fieldValue(type, field, m, fieldOf, eval);
            }
            type = superType(type, sources);
        }
        return null;
    }

    private static Value fieldValue(TypeDeclaration<?> type, String field, MethodCallExpr m,
                                    BiFunction<TypeDeclaration<?>, String, Value> fieldOf,
                                    Function<Expression, Value> eval) {
        Value direct = fieldOf.apply(type, field);
        if (direct != null && direct.isKnown()) {
            return direct.via("returned by " + type.getNameAsString() + "." + m.getNameAsString() + "()");
        }
        for (TypeDeclaration<?> holder : typeAndNested(type)) {
            VariableDeclarator v = Scopes.fieldDeclarator(holder, field);
            if (v != null && v.getInitializer().isPresent() && v.findAncestor(TypeDeclaration.class).orElse(null) == holder) {
                Value initial = eval.apply(v.getInitializer().get());
                if (initial.isKnown()) {
                    Location at = JavaSources.locationOf(v);
                    return initial.via("by default (" + qualifiedName(holder) + "." + field + " starts at "
                        + v.getInitializer().get() + ", " + at.fileName() + ":" + at.line() + "), unless the "
                        + type.getNameAsString() + " in use sets " + field)
                        .fromConstant(field, at);
                }
            }
        }
        return direct != null ? direct
            : Value.unknown("`" + m + "` returns field " + field + " of " + type.getNameAsString()
                + ", which has no value the code decides");
    }

    private static List<TypeDeclaration<?>> typeAndNested(TypeDeclaration<?> type) {
        List<TypeDeclaration<?>> out = new java.util.ArrayList<>();
        out.add(type);
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration) {
                out.add((TypeDeclaration<?>) member);
            }
        }
        return out;
    }

    private static String qualifiedName(TypeDeclaration<?> t) {
        Node parent = t.getParentNode().orElse(null);
        return parent instanceof TypeDeclaration ? ((TypeDeclaration<?>) parent).getNameAsString() + "." + t.getNameAsString()
            : t.getNameAsString();
    }

    /** The field a no-argument method {@code name} of {@code type} returns ({@code return f;}), or null. */
    private static String returnedField(TypeDeclaration<?> type, String name) {
        for (MethodDeclaration method : type.getMethodsByName(name)) {
            if (!method.getParameters().isEmpty() || method.getBody().isEmpty()
                || method.getBody().get().getStatements().size() != 1
                || !(method.getBody().get().getStatement(0) instanceof ReturnStmt)) {
                continue;
            }
            Expression e = ((ReturnStmt) method.getBody().get().getStatement(0)).getExpression().orElse(null);
            String field = e instanceof NameExpr ? ((NameExpr) e).getNameAsString()
                : e instanceof FieldAccessExpr && ((FieldAccessExpr) e).getScope().isThisExpr()
                ? ((FieldAccessExpr) e).getNameAsString() : null;
            if (field != null && hasField(type, field)) {
                return field;
            }
        }
        return null;
    }

    private static boolean hasField(TypeDeclaration<?> type, String field) {
        for (FieldDeclaration f : type.getFields()) {
            for (VariableDeclarator v : f.getVariables()) {
                if (v.getNameAsString().equals(field)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static TypeDeclaration<?> superType(TypeDeclaration<?> type, JavaSources sources) {
        if (!(type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration)) {
            return null;
        }
        com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c = (com.github.javaparser.ast.body.ClassOrInterfaceDeclaration) type;
        if (c.getExtendedTypes().isEmpty()) {
            return null;
        }
        return projectType(type, c.getExtendedTypes().get(0).getNameWithScope(), sources);
    }

    /** The project's declaration of the type written as {@code written} in the file of {@code context}, or null. */
    private static TypeDeclaration<?> projectType(Node context, String written, JavaSources sources) {
        for (String candidate : Names.of(context, sources).resolveType(written)) {
            TypeDeclaration<?> t = sources.findType(candidate);
            if (t != null) {
                return t;
            }
        }
        com.github.javaparser.ast.CompilationUnit cu = context.findCompilationUnit().orElse(null);
        if (cu != null) {
            for (TypeDeclaration<?> t : cu.findAll(TypeDeclaration.class)) {
                if (t.getNameAsString().equals(written)) {
                    return t;
                }
            }
        }
        return null;
    }
}
