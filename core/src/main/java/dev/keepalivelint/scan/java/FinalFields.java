package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import dev.keepalivelint.model.Location;
import java.util.List;
import java.util.function.Function;

/**
 * The value of a field that is assigned in the constructors rather than where it is declared (a {@code final} one,
 * or a private one nothing else writes): known when every constructor that does not delegate with {@code this(...)}
 * assigns it exactly once, and all those assignments evaluate to the same value (a constructor parameter's value
 * is what the calls in the file pass, {@link ConstructorArguments}). Anything else (different values, an
 * assignment in a branch) stays unknown, with the reason.
 */
final class FinalFields {
    private FinalFields() {
    }

    /**
     * @param field what the field is called in messages: "final field `Server.port`"
     * @param step  how the value came, for its provenance: "final field Server.port"
     */
    static Value assignedInConstructors(TypeDeclaration<?> type, String name, String field, String step,
                                        Function<Expression, Value> eval) {
        Value found = null;
        for (ConstructorDeclaration ctor : type.getConstructors()) {
            if (delegatesToThis(ctor)) {
                continue;
            }
            List<AssignExpr> assigns = ctor.getBody().findAll(AssignExpr.class, a -> assignsField(a, name, ctor));
            if (assigns.size() != 1) {
                return Value.unknown(field + " is assigned in the constructors, "
                    + (assigns.isEmpty() ? "not in every one" : "more than once in one"));
            }
            AssignExpr a = assigns.get(0);
            if (a.getOperator() != AssignExpr.Operator.ASSIGN
                || a.findAncestor(com.github.javaparser.ast.stmt.IfStmt.class).isPresent()) {
                return Value.unknown(field + " is assigned conditionally in a constructor");
            }
            Value v = eval.apply(a.getValue());
            if (!v.isKnown()) {
                return Value.unknown(field + " is assigned `" + a.getValue()
                    + "` in a constructor: " + v.unknownReason());
            }
            if (found != null && !found.get().equals(v.get())) {
                return Value.unknown(field + " is assigned different values in different "
                    + "constructors");
            }
            Location at = JavaSources.locationOf(a);
            found = found != null ? found
                : v.via(step + ", assigned in its constructor (" + at.path() + ":" + at.line() + ")");
        }
        return found != null ? found
            : Value.unknown(field + " is assigned in a constructor, not where it is declared");
    }

    private static boolean delegatesToThis(ConstructorDeclaration ctor) {
        return !ctor.getBody().getStatements().isEmpty()
            && ctor.getBody().getStatement(0) instanceof ExplicitConstructorInvocationStmt
            && ((ExplicitConstructorInvocationStmt) ctor.getBody().getStatement(0)).isThis();
    }

    /** {@code this.name = ...}, or {@code name = ...} where no parameter of the constructor is called name. */
    private static boolean assignsField(AssignExpr a, String name, ConstructorDeclaration ctor) {
        Expression target = a.getTarget();
        if (target instanceof FieldAccessExpr) {
            return ((FieldAccessExpr) target).getScope().isThisExpr()
                && ((FieldAccessExpr) target).getNameAsString().equals(name);
        }
        if (target instanceof NameExpr && ((NameExpr) target).getNameAsString().equals(name)) {
            for (Parameter p : ctor.getParameters()) {
                if (p.getNameAsString().equals(name)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
