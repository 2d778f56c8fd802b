package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.Type;
import java.util.Locale;
import java.util.Set;

/**
 * The test and mocking idioms that decide whether a builder in the code becomes a live client: code that is
 * expected to fail, Mockito doubles whose build() is stubbed, assertions that only inspect a builder, and a
 * ready channel handed over beside it. These are the APIs of JUnit, AssertJ and Mockito, not keepalive facts.
 */
final class BuilderUses {
    /** Methods whose lambda argument is expected to throw (JUnit 5, AssertJ, JUnit 4.13 assertThrows). */
    private static final Set<String> FAILURE_ASSERTIONS = Set.of("assertThrows", "assertThrowsExactly",
        "assertThatThrownBy", "assertThatCode", "isThrownBy", "expectThrows", "catchThrowable",
        "catchThrowableOfType", "catchException", "assertThatIllegalArgumentException", "assertThatIllegalStateException");
    /** Mockito and BDDMockito calls that stub or check a double: an argument of theirs is not put to use. */
    private static final Set<String> STUBBING = Set.of("when", "given", "verify", "then", "doReturn", "doThrow",
        "doAnswer", "doNothing", "doCallRealMethod", "inOrder");
    /** Mockito calls that wrap an object in a double. */
    private static final Set<String> DOUBLES = Set.of("spy", "mock");

    private BuilderUses() {
    }

    /** True when {@code n} lies in a lambda or method reference given to an assertion that expects a failure. */
    static boolean inFailureAssertion(Node n) {
        Node child = n;
        Node parent = n.getParentNode().orElse(null);
        while (parent != null && !(parent instanceof BodyDeclaration)) {
            if ((child instanceof LambdaExpr || child instanceof MethodReferenceExpr) && parent instanceof MethodCallExpr
                && FAILURE_ASSERTIONS.contains(((MethodCallExpr) parent).getNameAsString())
                && ((MethodCallExpr) parent).getArguments().contains(child)) {
                return true;
            }
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        return false;
    }

    static boolean isDouble(MethodCallExpr call) {
        return DOUBLES.contains(call.getNameAsString());
    }

    /** An argument of this call is inspected or stubbed, not put to use (assertThat(b), verify(b), when(b)). */
    static boolean onlyInspects(MethodCallExpr call) {
        String name = call.getNameAsString();
        return STUBBING.contains(name) || name.startsWith("assert") || name.equals("requireNonNull")
            || name.equals("checkNotNull") || name.equals("println") || name.equals("equals");
    }

    /** True when {@code build} is stubbed: {@code when(b.build())}, {@code given(b.build())}. */
    static boolean isStubbed(MethodCallExpr build) {
        Node parent = parentSkippingParentheses(build);
        return parent instanceof MethodCallExpr && STUBBING.contains(((MethodCallExpr) parent).getNameAsString())
            && ((MethodCallExpr) parent).getArguments().contains(build);
    }

    /** {@code doReturn(x).when(b).build()}: the build() whose receiver is a stubbing call on {@code b}. */
    static boolean isStubbedOn(MethodCallExpr build, Node declaration) {
        Expression scope = build.getScope().orElse(null);
        if (!(scope instanceof MethodCallExpr) || !STUBBING.contains(((MethodCallExpr) scope).getNameAsString())) {
            return false;
        }
        for (Expression arg : ((MethodCallExpr) scope).getArguments()) {
            if (Scopes.declarationOf(arg) == declaration) {
                return true;
            }
        }
        return false;
    }

    /**
     * A channel that is already built, handed over beside a builder ({@code new Manager(builder, rule.getChannel())}):
     * the code then uses the channel, not the builder. A call named like a channel getter, or a variable declared
     * as a channel.
     */
    static boolean isReadyChannel(Expression arg) {
        if (arg instanceof MethodCallExpr) {
            String name = ((MethodCallExpr) arg).getNameAsString().toLowerCase(Locale.ROOT);
            return name.endsWith("channel") && !name.contains("builder");
        }
        Node decl = Scopes.declarationOf(arg);
        Type type = decl == null ? null : Scopes.typeOf(decl);
        if (type != null && type.isClassOrInterfaceType()) {
            String simple = type.asClassOrInterfaceType().getNameAsString();
            return simple.endsWith("Channel");
        }
        return false;
    }

    /** {@code super(builder)}: handed to a superclass this file does not show. */
    static boolean isSuperCall(Node n) {
        return n instanceof ExplicitConstructorInvocationStmt && !((ExplicitConstructorInvocationStmt) n).isThis();
    }

    static Expression skippingParentheses(Expression e) {
        while (e instanceof EnclosedExpr) {
            e = ((EnclosedExpr) e).getInner();
        }
        return e;
    }

    static Node parentSkippingParentheses(Node n) {
        Node parent = n.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        return parent;
    }

    /** A name use that is the target of an assignment (written to, not read). */
    static boolean isAssignmentTarget(Expression use) {
        Node parent = use.getParentNode().orElse(null);
        return parent instanceof com.github.javaparser.ast.expr.AssignExpr
            && ((com.github.javaparser.ast.expr.AssignExpr) parent).getTarget() == use;
    }

    static boolean isName(Expression e) {
        return e instanceof NameExpr;
    }
}
