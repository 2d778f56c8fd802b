package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.keepalivelint.model.Location;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Works out the value of a Java expression without running it: literals and arithmetic, final locals,
 * {@code static final} constants in this file and other project files (parsed on demand), statically
 * imported {@code TimeUnit} constants, {@code Duration.ofX(n)}, {@code Duration.of(n, ChronoUnit.X)},
 * {@code Duration.parse(...)}, {@code d.toMillis()} and friends, {@code TimeUnit.X.toMillis(n)}. Anything
 * else is unknown, with a reason that says what was seen.
 */
final class ValueResolver {
    private static final int MAX_DEPTH = 24;

    private final JavaSources sources;
    private final BuilderTypes builders;

    ValueResolver(JavaSources sources, BuilderTypes builders) {
        this.sources = sources;
        this.builders = builders;
    }

    /** The project's sources the values are resolved in. */
    JavaSources sources() {
        return sources;
    }

    Value eval(Expression e) {
        return eval(e, 0);
    }

    private Value eval(Expression e, int depth) {
        if (depth > MAX_DEPTH) {
            return Value.unknown("`" + e + "` refers to constants too deeply (or in a cycle)");
        }
        try {
            return evalChecked(e, depth + 1);
        } catch (ArithmeticException | NumberFormatException ex) {
            return Value.unknown("`" + e + "` cannot be computed: " + ex.getMessage());
        }
    }

    private Value evalChecked(Expression e, int depth) {
        if (e instanceof IntegerLiteralExpr) {
            return Value.of(((IntegerLiteralExpr) e).asNumber().longValue());
        }
        if (e instanceof LongLiteralExpr) {
            return Value.of(((LongLiteralExpr) e).asNumber().longValue());
        }
        if (e instanceof DoubleLiteralExpr) {
            return Value.of(((DoubleLiteralExpr) e).asDouble());
        }
        if (e instanceof BooleanLiteralExpr) {
            return Value.of(((BooleanLiteralExpr) e).getValue());
        }
        if (e instanceof StringLiteralExpr) {
            return Value.of(((StringLiteralExpr) e).asString());
        }
        if (e instanceof TextBlockLiteralExpr) {
            return Value.of(((TextBlockLiteralExpr) e).asString());
        }
        if (e instanceof CharLiteralExpr) {
            return Value.of(String.valueOf(((CharLiteralExpr) e).asChar()));
        }
        if (e instanceof NullLiteralExpr) {
            return Value.of(Value.NULL);
        }
        if (e instanceof EnclosedExpr) {
            return eval(((EnclosedExpr) e).getInner(), depth);
        }
        if (e instanceof CastExpr) {
            return cast((CastExpr) e, depth);
        }
        if (e instanceof UnaryExpr) {
            return unary((UnaryExpr) e, depth);
        }
        if (e instanceof BinaryExpr) {
            return binary((BinaryExpr) e, depth);
        }
        if (e instanceof NameExpr) {
            return name((NameExpr) e, depth);
        }
        if (e instanceof FieldAccessExpr) {
            return fieldAccess((FieldAccessExpr) e, depth);
        }
        if (e instanceof MethodCallExpr) {
            return call((MethodCallExpr) e, depth);
        }
        return Value.unknown("`" + e + "` is not a constant expression");
    }

    private Value cast(CastExpr c, int depth) {
        Value inner = eval(c.getExpression(), depth);
        if (!inner.isKnown()) {
            return inner;
        }
        String type = c.getType().asString();
        if (inner.isNumber()) {
            Number n = (Number) inner.get();
            switch (type) {
                case "long": case "int": case "short": case "byte": case "Long": case "Integer":
                    return inner.derive(n.longValue());
                case "double": case "float": case "Double": case "Float":
                    return inner.derive(n.doubleValue());
                default:
                    return inner;
            }
        }
        return inner;
    }

    private Value unary(UnaryExpr u, int depth) {
        Value v = eval(u.getExpression(), depth);
        if (!v.isKnown()) {
            return v;
        }
        switch (u.getOperator()) {
            case PLUS:
                return v.isNumber() ? v : notConstant(u);
            case MINUS:
                if (v.get() instanceof Long) {
                    return v.derive(Math.negateExact((Long) v.get()));
                }
                return v.get() instanceof Double ? v.derive(-(Double) v.get()) : notConstant(u);
            case LOGICAL_COMPLEMENT:
                return v.get() instanceof Boolean ? v.derive(!(Boolean) v.get()) : notConstant(u);
            default:
                return notConstant(u);
        }
    }

    private Value binary(BinaryExpr b, int depth) {
        Value l = eval(b.getLeft(), depth);
        if (!l.isKnown()) {
            return l;
        }
        Value r = eval(b.getRight(), depth);
        if (!r.isKnown()) {
            return r;
        }
        Object a = l.get();
        Object c = r.get();
        if (b.getOperator() == BinaryExpr.Operator.PLUS && (a instanceof String || c instanceof String)) {
            return Value.combine(String.valueOf(a) + c, l, r);
        }
        if (a instanceof Long && c instanceof Long) {
            long x = (Long) a;
            long y = (Long) c;
            switch (b.getOperator()) {
                case PLUS: return Value.combine(Math.addExact(x, y), l, r);
                case MINUS: return Value.combine(Math.subtractExact(x, y), l, r);
                case MULTIPLY: return Value.combine(Math.multiplyExact(x, y), l, r);
                case DIVIDE: return Value.combine(x / y, l, r);
                case REMAINDER: return Value.combine(x % y, l, r);
                default: return notConstant(b);
            }
        }
        if (l.isNumber() && r.isNumber()) {
            double x = ((Number) a).doubleValue();
            double y = ((Number) c).doubleValue();
            switch (b.getOperator()) {
                case PLUS: return Value.combine(x + y, l, r);
                case MINUS: return Value.combine(x - y, l, r);
                case MULTIPLY: return Value.combine(x * y, l, r);
                case DIVIDE: return Value.combine(x / y, l, r);
                default: return notConstant(b);
            }
        }
        if (a instanceof Boolean && c instanceof Boolean) {
            switch (b.getOperator()) {
                case AND: return Value.combine((Boolean) a && (Boolean) c, l, r);
                case OR: return Value.combine((Boolean) a || (Boolean) c, l, r);
                default: return notConstant(b);
            }
        }
        return notConstant(b);
    }

    private static Value notConstant(Expression e) {
        return Value.unknown("`" + e + "` is not a constant expression");
    }

    // ---- names ---------------------------------------------------------------------------------------------

    private Value name(NameExpr n, int depth) {
        String name = n.getNameAsString();
        Node child = n;
        Node parent = n.getParentNode().orElse(null);
        while (parent != null) {
            if (parent instanceof BlockStmt) {
                Value local = localInBlock((BlockStmt) parent, child, name, depth);
                if (local != null) {
                    return local;
                }
            } else if (parent instanceof CallableDeclaration) {
                NodeList<Parameter> params = ((CallableDeclaration<?>) parent).getParameters();
                for (int i = 0; i < params.size(); i++) {
                    if (!params.get(i).getNameAsString().equals(name)) {
                        continue;
                    }
                    if (parent instanceof ConstructorDeclaration) {
                        // what the constructor calls in this file pass (an example server's main: new Server(50051))
                        return ConstructorArguments.of((ConstructorDeclaration) parent, i, FileIndex.of(parent, sources),
                            e -> eval(e, depth));
                    }
                    return Value.unknown("`" + name + "` is a parameter of "
                        + ((CallableDeclaration<?>) parent).getNameAsString() + "(); its value comes from the caller");
                }
            } else if (parent instanceof LambdaExpr) {
                for (Parameter p : ((LambdaExpr) parent).getParameters()) {
                    if (p.getNameAsString().equals(name)) {
                        return Value.unknown("`" + name + "` is a lambda parameter; its value is only known at run time");
                    }
                }
            } else if (parent instanceof TypeDeclaration) {
                Value field = fieldOf((TypeDeclaration<?>) parent, name, depth, true);
                if (field != null) {
                    return field;
                }
            }
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        Value unit = timeUnitOrChrono(name);
        Names names = Names.of(n, sources);
        for (String member : names.staticImports(name)) {
            int dot = member.lastIndexOf('.');
            String cls = member.substring(0, dot);
            if (cls.endsWith("TimeUnit") || cls.endsWith("ChronoUnit")) {
                if (unit != null) {
                    return unit;
                }
                continue;
            }
            TypeDeclaration<?> type = sources.findType(cls);
            if (type != null) {
                Value field = fieldOf(type, name, depth, false);
                if (field != null) {
                    return field;
                }
            }
        }
        return Value.unknown("`" + name + "` is not a constant this project defines (or its file was not found)");
    }

    /** A local variable declared in {@code block} before {@code child}, or null when there is none. */
    private Value localInBlock(BlockStmt block, Node child, String name, int depth) {
        for (Statement s : block.getStatements()) {
            if (s == child) {
                break;
            }
            if (!(s instanceof ExpressionStmt) || !(((ExpressionStmt) s).getExpression() instanceof VariableDeclarationExpr)) {
                continue;
            }
            VariableDeclarationExpr decl = (VariableDeclarationExpr) ((ExpressionStmt) s).getExpression();
            for (VariableDeclarator v : decl.getVariables()) {
                if (!v.getNameAsString().equals(name)) {
                    continue;
                }
                if (v.getInitializer().isEmpty()) {
                    return Value.unknown("local variable `" + name + "` has no initial value");
                }
                if (isReassigned(block, name)) {
                    return Value.unknown("local variable `" + name + "` is assigned more than once");
                }
                return eval(v.getInitializer().get(), depth)
                    .via("local variable " + name + " (line " + v.getBegin().map(p -> p.line).orElse(0) + ")");
            }
        }
        return null;
    }

    private boolean isReassigned(BlockStmt scope, String name) {
        // one walk per file (FileIndex), not one per local looked up
        return FileIndex.of(scope, sources).isReassigned(scope, name);
    }

    /**
     * The value of field {@code name} of {@code type} (or of an interface it implements, for constants),
     * or null when it declares no such field.
     */
    private Value fieldOf(TypeDeclaration<?> type, String name, int depth, boolean sameFile) {
        // the type's first field of that name from its file's table, not a walk of the members per lookup
        VariableDeclarator v = FileIndex.of(type, sources).field(type, name);
        if (v != null && v.getParentNode().orElse(null) instanceof FieldDeclaration) {
            FieldDeclaration field = (FieldDeclaration) v.getParentNode().get();
            String qualified = type.getNameAsString() + "." + name;
            boolean inInterface = type instanceof ClassOrInterfaceDeclaration
                && ((ClassOrInterfaceDeclaration) type).isInterface();
            if (!field.hasModifier(Modifier.Keyword.FINAL) && !inInterface) {
                Node elsewhere = writtenOutsideConstructors(type, field, v);
                if (elsewhere != null) {
                    Location at = JavaSources.locationOf(elsewhere);
                    return Value.unknown("field `" + qualified + "` is not final, so its value can change at run time"
                        + (elsewhere == v ? "" : " (it is written at " + at.fileName() + ":" + at.line() + ")"));
                }
                return FinalFields.assignedInConstructors(type, name, "private field `" + qualified + "`",
                    "private field " + qualified, e -> eval(e, depth));
            }
            if (v.getInitializer().isEmpty()) {
                return FinalFields.assignedInConstructors(type, name, "final field `" + qualified + "`",
                    "final field " + qualified, e -> eval(e, depth));
            }
            Location at = JavaSources.locationOf(v);
            return eval(v.getInitializer().get(), depth)
                .via("constant " + qualified + " (" + at.path() + ":" + at.line() + ")")
                .fromConstant(name, at);
        }
        if (type instanceof ClassOrInterfaceDeclaration) {
            ClassOrInterfaceDeclaration c = (ClassOrInterfaceDeclaration) type;
            NodeList<ClassOrInterfaceType> supers = new NodeList<>(c.getImplementedTypes());
            supers.addAll(c.getExtendedTypes());
            for (ClassOrInterfaceType t : supers) {
                Value inherited = memberOfNamedType(type, t.getNameWithScope(), name, depth);
                if (inherited != null && inherited.isKnown()) {
                    return inherited;
                }
            }
        }
        return null;
    }

    /**
     * Where a field that is not final can be written other than in its type's own constructors, or null when nowhere:
     * a private instance field without an initial value that only constructors assign then holds what they assign.
     * Returns the field's declarator when it is visible to other files, static or initialised, else the first write
     * whose target is named like it that is not plainly one of its type's constructors assigning it
     * ({@code this.port = p} in a method, {@code other.port = 1}, a lambda or initializer block).
     */
    private Node writtenOutsideConstructors(TypeDeclaration<?> type, FieldDeclaration field, VariableDeclarator v) {
        if (!field.isPrivate() || field.isStatic() || v.getInitializer().isPresent()) {
            return v;
        }
        for (Expression write : FileIndex.of(type, sources).writes(v.getNameAsString())) {
            boolean ownField = write instanceof NameExpr || write instanceof FieldAccessExpr
                && ((FieldAccessExpr) write).getScope().isThisExpr();
            if (ownField && Scopes.declarationOf(write) != v) {
                continue;  // a local or parameter of that name, or another type's field
            }
            Node around = write.getParentNode().orElse(null);
            while (around != null && !(around instanceof CallableDeclaration || around instanceof LambdaExpr
                || around instanceof TypeDeclaration || around instanceof InitializerDeclaration
                || around instanceof ObjectCreationExpr)) {
                around = around.getParentNode().orElse(null);
            }
            if (!ownField || !(around instanceof ConstructorDeclaration) || around.getParentNode().orElse(null) != type) {
                return write;
            }
        }
        return null;
    }

    /** Field {@code member} of the type written as {@code typeName} in the file of {@code context}, or null. */
    private Value memberOfNamedType(Node context, String typeName, String member, int depth) {
        Names names = Names.of(context, sources);
        for (String candidate : names.resolveType(typeName)) {
            TypeDeclaration<?> type = sources.findType(candidate);
            if (type == null) {
                type = typeInSameFile(context, typeName);
            }
            if (type != null) {
                Value v = fieldOf(type, member, depth, false);
                if (v != null) {
                    return v;
                }
            }
        }
        TypeDeclaration<?> local = typeInSameFile(context, typeName);
        return local == null ? null : fieldOf(local, member, depth, true);
    }

    private static TypeDeclaration<?> typeInSameFile(Node context, String typeName) {
        var cu = context.findCompilationUnit().orElse(null);
        if (cu == null) {
            return null;
        }
        String[] parts = typeName.split("\\.");
        TypeDeclaration<?> t = Names.of(cu, null).declaredTypeNode(parts[0]); // a table per file, not a walk per lookup
        return t == null ? null
            : JavaSources.nestedType(t, typeName.substring(parts[0].length()).replaceFirst("^\\.", ""));
    }

    private Value fieldAccess(FieldAccessExpr f, int depth) {
        String member = f.getNameAsString();
        String scope = f.getScope().toString();
        if (scope.endsWith("TimeUnit") || scope.endsWith("ChronoUnit")) {
            Value unit = scope.endsWith("TimeUnit") ? timeUnit(member) : chronoUnit(member);
            return unit != null ? unit : Value.unknown("`" + f + "` is not a time unit");
        }
        if (scope.equals("Long") || scope.equals("java.lang.Long")) {
            if (member.equals("MAX_VALUE")) {
                return Value.of(Long.MAX_VALUE);
            }
        }
        if (scope.equals("Integer") || scope.equals("java.lang.Integer")) {
            if (member.equals("MAX_VALUE")) {
                return Value.of((long) Integer.MAX_VALUE);
            }
        }
        if (scope.equals("Boolean") || scope.equals("java.lang.Boolean")) {
            if (member.equals("TRUE") || member.equals("FALSE")) {
                return Value.of(member.equals("TRUE"));
            }
        }
        if (scope.equals("Duration") || scope.equals("java.time.Duration") || scope.equals("org.threeten.bp.Duration")) {
            if (member.equals("ZERO")) {
                return Value.of(Duration.ZERO);
            }
        }
        if (f.getScope().isThisExpr()) {
            TypeDeclaration<?> type = f.findAncestor(TypeDeclaration.class).orElse(null);
            Value v = type == null ? null : fieldOf(type, member, depth, true);
            return v != null ? v : Value.unknown("`" + f + "` is not a constant field");
        }
        Value v = memberOfNamedType(f, scope, member, depth);
        if (v != null) {
            return v;
        }
        return Value.unknown("`" + f + "` is not a constant this project defines");
    }

    // ---- calls ---------------------------------------------------------------------------------------------

    private Value call(MethodCallExpr m, int depth) {
        String method = m.getNameAsString();
        List<Expression> args = m.getArguments();
        if (Defaults.isKeyedRead(m)) {
            return Defaults.keyedRead(m, e -> eval(e, depth));
        }
        if (m.getScope().isPresent()) {
            Expression scope = m.getScope().get();
            String scopeText = scope.toString();
            // org.threeten.bp.Duration (the java.time backport GAX's older setters take) has the same factories.
            if (scopeText.equals("Duration") || scopeText.equals("java.time.Duration")
                || scopeText.equals("org.threeten.bp.Duration")) {
                return durationFactory(m, method, args, depth);
            }
            if (scopeText.equals("Math") && (method.equals("max") || method.equals("min")) && args.size() == 2) {
                Value a = eval(args.get(0), depth);
                Value b = eval(args.get(1), depth);
                if (a.get() instanceof Long && b.get() instanceof Long) {
                    long x = (Long) a.get();
                    long y = (Long) b.get();
                    return Value.combine(method.equals("max") ? Math.max(x, y) : Math.min(x, y), a, b);
                }
                return !a.isKnown() ? a : !b.isKnown() ? b : runtimeOnly(m);
            }
            if ((scopeText.equals("Boolean") || scopeText.equals("java.lang.Boolean"))
                && (method.equals("valueOf") || method.equals("parseBoolean")) && args.size() == 1) {
                Value a = eval(args.get(0), depth);
                if (a.get() instanceof Boolean) {
                    return a;
                }
                if (a.get() instanceof String) {
                    return a.derive(Boolean.parseBoolean((String) a.get()));
                }
                return a.isKnown() ? runtimeOnly(m) : a;
            }
            if ((scopeText.equals("Long") || scopeText.equals("Integer"))
                && (method.equals("valueOf") || method.startsWith("parse")) && args.size() == 1) {
                Value a = eval(args.get(0), depth);
                if (a.get() instanceof Long) {
                    return a;
                }
                if (a.get() instanceof String) {
                    return a.derive(Long.parseLong(((String) a.get()).trim()));
                }
                return a.isKnown() ? runtimeOnly(m) : a;
            }
            Value readBack = readBack(m);
            if (readBack != null) {
                return readBack;
            }
            Value receiver = eval(scope, depth);
            if (receiver.isKnown()) {
                if (receiver.get() instanceof Duration) {
                    return durationMethod(m, receiver, method, args, depth);
                }
                if (receiver.get() instanceof TimeUnit) {
                    return timeUnitMethod(m, receiver, method, args, depth);
                }
            } else if (scope instanceof MethodCallExpr && readBack((MethodCallExpr) scope) != null) {
                return receiver;  // builder.keepaliveTime().toMillis(): unknown for the same reason
            }
            Value getter = Defaults.optionsGetter(m, sources, (type, field) -> fieldOf(type, field, depth, false),
                e -> eval(e, depth));
            if (getter != null) {
                return getter;
            }
        }
        return runtimeOnly(m);
    }

    /**
     * {@code builder.keepaliveTime()} on a variable, field or parameter declared as a builder the rules know: it
     * hands back what that builder holds, which is decided where the builder is configured (and judged there),
     * not by the initial values of the builder class's fields. Null when the call is not of that shape.
     */
    private Value readBack(MethodCallExpr m) {
        if (!m.getArguments().isEmpty() || m.getScope().isEmpty()) {
            return null;
        }
        Node decl = Scopes.declarationOf(m.getScope().get());
        Type declared = decl == null ? null : Scopes.typeOf(decl);
        if (declared == null || builders.specOf(declared, Names.of(m, sources)) == null) {
            return null;
        }
        return Value.unknown("`" + m + "` reads back what the " + declared.asString() + " `" + m.getScope().get()
            + "` holds, which is decided where that builder is configured (and judged there)");
    }

    private static Value runtimeOnly(MethodCallExpr m) {
        return Value.unknown("`" + m + "` is a method call whose result is only known at run time");
    }

    private Value durationFactory(MethodCallExpr m, String method, List<Expression> args, int depth) {
        if (method.equals("parse") && args.size() == 1) {
            Value text = eval(args.get(0), depth);
            if (!(text.get() instanceof String)) {
                return text.isKnown() ? runtimeOnly(m) : text;
            }
            try {
                return text.derive(Duration.parse((String) text.get()));
            } catch (DateTimeParseException ex) {
                return Value.unknown("`" + m + "`: '" + text.get() + "' is not an ISO-8601 duration");
            }
        }
        if (method.equals("of") && args.size() == 2) {
            Value amount = eval(args.get(0), depth);
            Value unit = eval(args.get(1), depth);
            if (!amount.isKnown()) {
                return amount;
            }
            if (!unit.isKnown()) {
                return unit;
            }
            if (amount.get() instanceof Long && unit.get() instanceof ChronoUnit) {
                return Value.combine(Duration.of((Long) amount.get(), (ChronoUnit) unit.get()), amount, unit);
            }
            return runtimeOnly(m);
        }
        if (args.isEmpty() || args.size() > 2) {
            return runtimeOnly(m);
        }
        Value amount = eval(args.get(0), depth);
        if (!amount.isKnown()) {
            return amount;
        }
        if (!(amount.get() instanceof Long)) {
            return runtimeOnly(m);
        }
        long n = (Long) amount.get();
        switch (method) {
            case "ofNanos": return amount.derive(Duration.ofNanos(n));
            case "ofMillis": return amount.derive(Duration.ofMillis(n));
            case "ofSeconds":
                if (args.size() == 2) {
                    Value adj = eval(args.get(1), depth);
                    if (adj.get() instanceof Long) {
                        return Value.combine(Duration.ofSeconds(n, (Long) adj.get()), amount, adj);
                    }
                    return adj.isKnown() ? runtimeOnly(m) : adj;
                }
                return amount.derive(Duration.ofSeconds(n));
            case "ofMinutes": return amount.derive(Duration.ofMinutes(n));
            case "ofHours": return amount.derive(Duration.ofHours(n));
            case "ofDays": return amount.derive(Duration.ofDays(n));
            default: return runtimeOnly(m);
        }
    }

    private Value durationMethod(MethodCallExpr m, Value receiver, String method, List<Expression> args, int depth) {
        Duration d = (Duration) receiver.get();
        if (args.isEmpty()) {
            switch (method) {
                case "toNanos": return receiver.derive(d.toNanos());
                case "toMillis": return receiver.derive(d.toMillis());
                case "toSeconds": case "getSeconds": return receiver.derive(d.getSeconds());
                case "toMinutes": return receiver.derive(d.toMinutes());
                case "toHours": return receiver.derive(d.toHours());
                case "toDays": return receiver.derive(d.toDays());
                default: return runtimeOnly(m);
            }
        }
        if (args.size() == 1) {
            Value arg = eval(args.get(0), depth);
            if (!arg.isKnown()) {
                return arg;
            }
            if (arg.get() instanceof Long) {
                long n = (Long) arg.get();
                switch (method) {
                    case "multipliedBy": return Value.combine(d.multipliedBy(n), receiver, arg);
                    case "dividedBy": return Value.combine(d.dividedBy(n), receiver, arg);
                    case "plusSeconds": return Value.combine(d.plusSeconds(n), receiver, arg);
                    case "plusMillis": return Value.combine(d.plusMillis(n), receiver, arg);
                    case "plusMinutes": return Value.combine(d.plusMinutes(n), receiver, arg);
                    default: return runtimeOnly(m);
                }
            }
            if (arg.get() instanceof Duration && method.equals("plus")) {
                return Value.combine(d.plus((Duration) arg.get()), receiver, arg);
            }
        }
        return runtimeOnly(m);
    }

    private Value timeUnitMethod(MethodCallExpr m, Value receiver, String method, List<Expression> args, int depth) {
        TimeUnit unit = (TimeUnit) receiver.get();
        if (args.size() != 1) {
            return runtimeOnly(m);
        }
        Value arg = eval(args.get(0), depth);
        if (!arg.isKnown()) {
            return arg;
        }
        if (!(arg.get() instanceof Long)) {
            return runtimeOnly(m);
        }
        long n = (Long) arg.get();
        switch (method) {
            case "toNanos": return Value.combine(unit.toNanos(n), receiver, arg);
            case "toMicros": return Value.combine(unit.toMicros(n), receiver, arg);
            case "toMillis": return Value.combine(unit.toMillis(n), receiver, arg);
            case "toSeconds": return Value.combine(unit.toSeconds(n), receiver, arg);
            case "toMinutes": return Value.combine(unit.toMinutes(n), receiver, arg);
            case "toHours": return Value.combine(unit.toHours(n), receiver, arg);
            case "toDays": return Value.combine(unit.toDays(n), receiver, arg);
            default: return runtimeOnly(m);
        }
    }

    // ---- units ---------------------------------------------------------------------------------------------

    private static Value timeUnitOrChrono(String name) {
        Value v = timeUnit(name);
        return v != null ? v : chronoUnit(name);
    }

    private static Value timeUnit(String name) {
        try {
            return Value.of(TimeUnit.valueOf(name));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Value chronoUnit(String name) {
        try {
            return Value.of(ChronoUnit.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
