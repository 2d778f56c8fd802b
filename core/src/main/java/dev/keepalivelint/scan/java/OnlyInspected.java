package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether what build() returns is only looked at, never put to use: a test that builds a channel provider to read
 * its settings back ({@code provider.toBuilder().getKeepAliveTime()}, {@code assertThat(provider)}) opens no
 * connection. Looked at: a field read, handed to an assertion, copied into a builder ({@code toBuilder()}) whose
 * getters are read and whose build() is looked at in turn. Anything else done with the built object (a call on
 * it, even a getter: GAX's {@code getTransportChannel()} opens the channel; handing it on; storing it in a field;
 * returning it) is a use, and so is a built object nothing in sight uses.
 */
final class OnlyInspected {
    private static final int MAX_DEPTH = 6;

    private OnlyInspected() {
    }

    /** True when the object {@code build} returns is only looked at. */
    static boolean built(MethodCallExpr build) {
        return lookedAt(build, false, 0);
    }

    /**
     * @param e         an expression yielding a built object or (when {@code isBuilder}) a builder copied from one
     * @param isBuilder the expression yields a builder: its getters hand back settings, not connections
     */
    private static boolean lookedAt(Expression e, boolean isBuilder, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        Node parent = BuilderUses.parentSkippingParentheses(e);
        Node child = e;
        while (parent instanceof CastExpr) {
            child = parent;
            parent = BuilderUses.parentSkippingParentheses(parent);
        }
        if (parent instanceof FieldAccessExpr) {
            return true;  // provider.directPathServiceConfig: data, not a connection
        }
        if (parent instanceof MethodCallExpr) {
            MethodCallExpr call = (MethodCallExpr) parent;
            if (call.getArguments().contains(child)) {
                return BuilderUses.onlyInspects(call);
            }
            if (call.getScope().orElse(null) != child) {
                return false;
            }
            String name = call.getNameAsString();
            if (name.equals("toBuilder")) {
                return lookedAt(call, true, depth + 1);
            }
            if (!isBuilder) {
                return false;
            }
            if (name.equals("build")) {
                return lookedAt(call, false, depth + 1);
            }
            return call.getArguments().isEmpty() && isGetter(name) || lookedAt(call, true, depth + 1);
        }
        if (parent instanceof VariableDeclarator && !(parent.getParentNode().orElse(null) instanceof FieldDeclaration)) {
            List<NameExpr> uses = usesOf((VariableDeclarator) parent);
            if (uses.isEmpty()) {
                return false;
            }
            for (NameExpr use : uses) {
                if (!BuilderUses.isAssignmentTarget(use) && !lookedAt(use, isBuilder, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (isBuilder && parent instanceof ExpressionStmt) {
            return true;  // copy.setPoolSize(3); the copy itself is followed through its variable
        }
        // a statement of its own, returned, assigned elsewhere, handed to a constructor: not in sight, a use
        return false;
    }

    private static boolean isGetter(String name) {
        return name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))
            || name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2));
    }

    /** The reads of a local variable in the block that declares it. */
    private static List<NameExpr> usesOf(VariableDeclarator v) {
        List<NameExpr> out = new ArrayList<>();
        BlockStmt block = v.findAncestor(BlockStmt.class).orElse(null);
        if (block == null) {
            return out;
        }
        for (NameExpr n : block.findAll(NameExpr.class)) {
            if (n.getNameAsString().equals(v.getNameAsString()) && Scopes.declarationOf(n) == v) {
                out.add(n);
            }
        }
        return out;
    }
}
