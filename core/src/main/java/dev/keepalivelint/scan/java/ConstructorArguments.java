package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import dev.keepalivelint.model.Location;
import java.util.List;
import java.util.function.Function;

/**
 * The value a constructor parameter receives, read from the places in the constructor's own file that run that
 * constructor ({@code new GrpcServer(50051)} in its {@code main}, {@code this(DEFAULT_PORT)}, an enum constant):
 * known when there is at least one and every one passes the same known value. Example servers keep their port in a
 * field their constructor sets and are created once, in the same file; other files are not searched, so a class
 * created elsewhere with another value is not seen (as a constant changed at run time would not be).
 *
 * <p>Unknown, with the caller's reason, when nothing in the file runs the constructor, when the calls disagree or
 * one passes what is only known at run time, when the constructor writes the parameter again, takes varargs, or
 * shares its number of parameters with another constructor of the type (which one a call runs is not decided by
 * counting arguments), and when the file declares two types of that name.
 */
final class ConstructorArguments {
    /** Longer calls are shown as {@code new T(...)}. */
    private static final int MAX_SHOWN = 60;

    private ConstructorArguments() {
    }

    /**
     * @param ctor  the constructor declaring the parameter
     * @param index the parameter's position
     * @param eval  evaluates an argument where it is written
     */
    static Value of(ConstructorDeclaration ctor, int index, FileIndex files, Function<Expression, Value> eval) {
        Parameter p = ctor.getParameter(index);
        String name = p.getNameAsString();
        Value fromCaller = Value.unknown("`" + name + "` is a parameter of " + ctor.getNameAsString()
            + "(); its value comes from the caller");
        Node parent = ctor.getParentNode().orElse(null);
        if (!(parent instanceof TypeDeclaration) || p.isVarArgs()) {
            return fromCaller;
        }
        if (files.isReassigned(ctor.getBody(), name)) {
            return Value.unknown(fromCaller.unknownReason() + ", and the constructor assigns it again");
        }
        TypeDeclaration<?> type = (TypeDeclaration<?>) parent;
        int arity = ctor.getParameters().size();
        for (ConstructorDeclaration other : type.getConstructors()) {
            if (other != ctor && other.getParameters().size() == arity) {
                return fromCaller;
            }
        }
        int sameName = 0;
        for (TypeDeclaration<?> t : files.nodes(TypeDeclaration.class)) {
            if (t.getNameAsString().equals(type.getNameAsString())) {
                sameName++;
            }
        }
        if (sameName != 1) {
            return fromCaller;
        }
        Value found = null;
        Node foundAt = null;
        boolean sameConstant = true;
        int calls = 0;
        for (Node call : files.constructorCalls(type.getNameAsString())) {
            List<Expression> args = FileIndex.argumentsOf(call);
            if (args.size() != arity) {
                continue;  // another constructor's call
            }
            Expression arg = args.get(index);
            Value v = eval.apply(arg);
            if (!v.isKnown()) {
                return Value.unknown(fromCaller.unknownReason() + "; " + shown(call) + " at " + place(call)
                    + " passes `" + arg + "`: " + v.unknownReason());
            }
            if (found != null && !found.get().equals(v.get())) {
                return Value.unknown(fromCaller.unknownReason() + "; the calls in its file pass different values ("
                    + found.get() + " at " + place(foundAt) + ", " + v.get() + " at " + place(call) + ")");
            }
            if (found == null) {
                found = v;
                foundAt = call;
            } else if (found.constant() == null || !found.constant().equals(v.constant())) {
                sameConstant = false;
            }
            calls++;
        }
        if (found == null) {
            return fromCaller;
        }
        // a fix may point at a constant only when every call passes that one
        Value value = sameConstant ? found : found.derive(found.get());
        return value.via("constructor parameter " + name + " from " + shown(foundAt) + " at " + place(foundAt)
            + (calls > 1 ? " (and " + (calls - 1) + " more passing the same)" : ""));
    }

    /** "new GrpcServer(50051)", "this(DEFAULT_PORT)", "PRIMARY(50051)". */
    private static String shown(Node call) {
        String head;
        if (call instanceof ObjectCreationExpr) {
            head = "new " + ((ObjectCreationExpr) call).getType().getNameAsString();
        } else if (call instanceof ExplicitConstructorInvocationStmt) {
            head = ((ExplicitConstructorInvocationStmt) call).isThis() ? "this" : "super";
        } else {
            head = ((EnumConstantDeclaration) call).getNameAsString();
        }
        StringBuilder args = new StringBuilder();
        for (Expression a : FileIndex.argumentsOf(call)) {
            args.append(args.length() == 0 ? "" : ", ").append(a.toString().replaceAll("\\s+", " "));
        }
        return args.length() > MAX_SHOWN ? head + "(...)" : head + "(" + args + ")";
    }

    private static String place(Node call) {
        Location at = JavaSources.locationOf(call);
        return at.fileName() + ":" + at.line();
    }
}
