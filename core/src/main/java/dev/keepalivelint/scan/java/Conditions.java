package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a call on a builder runs only under a condition its creation does not: {@code if (ssl != null)
 * builder.sslContext(ssl);} may leave the client in plain text, a chained {@code Client.builder().sslContext(..)}
 * never does. Read for settings that are on once called, where "called somewhere" is not "called".
 */
final class Conditions {
    private Conditions() {
    }

    /**
     * True when an if, switch case, loop, catch, ?: or && / || lies between {@code call} and the code it shares with
     * {@code creation} (the method it is in, when the creation is not in sight).
     */
    static boolean conditionalAgainst(Node call, Node creation) {
        Set<Node> around = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n = creation; n != null; n = n.getParentNode().orElse(null)) {
            around.add(n);
        }
        for (Node n = call; n != null && !around.contains(n); n = n.getParentNode().orElse(null)) {
            if (n != call && isCondition(n)) {
                return true;
            }
            if (n instanceof CallableDeclaration || n instanceof InitializerDeclaration || n instanceof LambdaExpr) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCondition(Node n) {
        if (n instanceof BinaryExpr) {
            BinaryExpr.Operator op = ((BinaryExpr) n).getOperator();
            return op == BinaryExpr.Operator.AND || op == BinaryExpr.Operator.OR;
        }
        return n instanceof IfStmt || n instanceof ConditionalExpr || n instanceof SwitchEntry || n instanceof ForStmt
            || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt || n instanceof CatchClause;
    }
}
