package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.Type;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.SettingKind;
import java.util.List;
import java.util.Set;

/**
 * What a port is read from at run time, so that a client and a server can be paired when the number is only
 * known then: a variable or field both use ({@code int port = freePort(); forPort(port); forAddress("localhost",
 * port)}), and a server's own {@code getPort()} ({@code "http://127.0.0.1:" + server.getPort()}). Recorded as
 * {@link SettingKind#PORT_SOURCE} settings "kind|name|path:line:column" of the declaration.
 */
final class PortSources {
    private static final Set<String> PORT_TYPES = Set.of("int", "long", "Integer", "Long", "short");

    private PortSources() {
    }

    /** The variables, fields and servers' getPort() that the port or target expression {@code e} reads. */
    static void add(Expression e, Location at, List<KeepaliveSetting> out) {
        List<Expression> parts = new java.util.ArrayList<>();
        parts.add(e);
        parts.addAll(e.findAll(Expression.class));
        for (Expression part : parts) {
            if (part instanceof MethodCallExpr && ((MethodCallExpr) part).getNameAsString().equals("getPort")
                && ((MethodCallExpr) part).getArguments().isEmpty() && ((MethodCallExpr) part).getScope().isPresent()) {
                Node decl = Scopes.declarationOf(((MethodCallExpr) part).getScope().get());
                if (decl != null) {
                    out.add(source("server", decl, part, at));
                }
            } else if ((part instanceof NameExpr || part instanceof FieldAccessExpr) && !isCallScope(part)
                && readsAsIs(part, e)) {
                Node decl = Scopes.declarationOf(part);
                Type type = decl == null ? null : Scopes.typeOf(decl);
                if (type != null && PORT_TYPES.contains(type.asString()) && !isConstant(decl)) {
                    out.add(source("var", decl, part, at));
                }
            }
        }
    }

    /** The variable or field a server built from {@code factory} is kept in ({@code server = forPort(0)...build().start()}). */
    static void addServerInstance(MethodCallExpr factory, Location at, List<KeepaliveSetting> out) {
        Expression current = factory;
        while (true) {
            Node parent = current.getParentNode().orElse(null);
            if (parent instanceof EnclosedExpr
                || parent instanceof MethodCallExpr && ((MethodCallExpr) parent).getScope().orElse(null) == current) {
                current = (Expression) parent;
                continue;
            }
            Node decl = null;
            if (parent instanceof VariableDeclarator) {
                decl = parent;
            } else if (parent instanceof com.github.javaparser.ast.expr.AssignExpr) {
                decl = Scopes.declarationOf(((com.github.javaparser.ast.expr.AssignExpr) parent).getTarget());
            }
            if (decl != null) {
                out.add(source("server", decl, factory, at));
            }
            return;
        }
    }

    /**
     * The value is used as it is, not computed with: {@code port}, {@code "localhost:" + port},
     * {@code new InetSocketAddress(host, port)}, {@code URI.create(...)}; not {@code port + 1}.
     */
    private static boolean readsAsIs(Expression part, Expression whole) {
        Node n = part;
        while (n != whole) {
            Node parent = n.getParentNode().orElse(null);
            if (parent == null) {
                return false;
            }
            if (parent instanceof com.github.javaparser.ast.expr.BinaryExpr) {
                com.github.javaparser.ast.expr.BinaryExpr b = (com.github.javaparser.ast.expr.BinaryExpr) parent;
                if (b.getOperator() != com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS
                    || b.findAll(com.github.javaparser.ast.expr.StringLiteralExpr.class).isEmpty()) {
                    return false;
                }
            } else if (!(parent instanceof com.github.javaparser.ast.expr.ObjectCreationExpr
                || parent instanceof EnclosedExpr || parent instanceof MethodCallExpr
                && Set.of("create", "format", "valueOf", "toString").contains(((MethodCallExpr) parent).getNameAsString()))) {
                return false;
            }
            n = parent;
        }
        return true;
    }

    /** A static final field with an initialiser: its number pairs by value, not by place. */
    private static boolean isConstant(Node decl) {
        Node parent = decl.getParentNode().orElse(null);
        return parent instanceof com.github.javaparser.ast.body.FieldDeclaration
            && ((com.github.javaparser.ast.body.FieldDeclaration) parent).isStatic()
            && ((com.github.javaparser.ast.body.FieldDeclaration) parent).isFinal()
            && ((VariableDeclarator) decl).getInitializer().isPresent();
    }

    private static boolean isCallScope(Expression e) {
        Node parent = e.getParentNode().orElse(null);
        return parent instanceof MethodCallExpr && ((MethodCallExpr) parent).getScope().orElse(null) == e;
    }

    private static KeepaliveSetting source(String kind, Node decl, Expression written, Location at) {
        Location d = JavaSources.locationOf(decl);
        String name = decl instanceof VariableDeclarator ? ((VariableDeclarator) decl).getNameAsString()
            : ((com.github.javaparser.ast.body.Parameter) decl).getNameAsString();
        return KeepaliveSetting.resolved(SettingKind.PORT_SOURCE, kind + "|" + name + "|" + d.path() + ":" + d.line()
            + ":" + d.column(), written.toString(), at, null);
    }
}
