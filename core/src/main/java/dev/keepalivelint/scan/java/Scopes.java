package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.Type;

/**
 * Lexical name lookup without a classpath: which local variable, parameter, lambda parameter or field a name
 * written in the code refers to, found by walking out through the enclosing blocks, callables and types.
 */
final class Scopes {
    private Scopes() {
    }

    /** The declaration (VariableDeclarator or Parameter) {@code use} refers to, or null. */
    static Node declarationOf(NameExpr use) {
        String name = use.getNameAsString();
        Node parent = use.getParentNode().orElse(null);
        while (parent != null) {
            if (parent instanceof BlockStmt) {
                // the block's own declarations from the file's table, not a walk of the block per use
                for (VariableDeclarator v : FileIndex.of(parent, null).locals((BlockStmt) parent, name)) {
                    if (isBefore(v, use)) {
                        return v;
                    }
                }
            } else if (parent instanceof CallableDeclaration) {
                for (Parameter p : ((CallableDeclaration<?>) parent).getParameters()) {
                    if (p.getNameAsString().equals(name)) {
                        return p;
                    }
                }
            } else if (parent instanceof LambdaExpr) {
                for (Parameter p : ((LambdaExpr) parent).getParameters()) {
                    if (p.getNameAsString().equals(name)) {
                        return p;
                    }
                }
            } else if (parent instanceof TypeDeclaration) {
                Node field = fieldDeclarator(parent, name);
                if (field != null) {
                    return field;
                }
            }
            parent = parent.getParentNode().orElse(null);
        }
        return null;
    }

    /** The declaration a name or {@code this.name} expression refers to, or null for anything else. */
    static Node declarationOf(Expression e) {
        if (e instanceof NameExpr) {
            return declarationOf((NameExpr) e);
        }
        if (e instanceof FieldAccessExpr && ((FieldAccessExpr) e).getScope().isThisExpr()) {
            return fieldDeclarator(e, ((FieldAccessExpr) e).getNameAsString());
        }
        return null;
    }

    /** The field {@code name} of the type around {@code inside} (or of {@code inside} itself), or null. */
    static VariableDeclarator fieldDeclarator(Node inside, String name) {
        TypeDeclaration<?> type = inside instanceof TypeDeclaration ? (TypeDeclaration<?>) inside
            : inside.findAncestor(TypeDeclaration.class).orElse(null);
        if (type == null) {
            return null;
        }
        return FileIndex.of(type, null).field(type, name); // a table per file, not a walk of the members per use
    }

    /** The declared type of a variable, field or parameter; null for untyped lambda parameters and others. */
    static Type typeOf(Node declaration) {
        if (declaration instanceof VariableDeclarator) {
            return ((VariableDeclarator) declaration).getType();
        }
        if (declaration instanceof Parameter && !((Parameter) declaration).getType().isUnknownType()) {
            return ((Parameter) declaration).getType();
        }
        return null;
    }

    /** True for a field that code outside this file can reach (anything but private). */
    static boolean isVisibleField(Node declaration) {
        Node parent = declaration.getParentNode().orElse(null);
        return declaration instanceof VariableDeclarator && parent instanceof FieldDeclaration
            && !((FieldDeclaration) parent).isPrivate();
    }

    static boolean isBefore(Node a, Node b) {
        return a.getBegin().isPresent() && b.getBegin().isPresent() && a.getBegin().get().isBefore(b.getBegin().get());
    }
}
