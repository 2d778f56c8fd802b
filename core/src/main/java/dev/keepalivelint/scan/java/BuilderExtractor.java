package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.Type;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Spelling;
import dev.keepalivelint.rules.JavaBuilderSpec;
import dev.keepalivelint.rules.ValueShape;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.concurrent.TimeUnit;

/**
 * Finds the builders of one compilation unit and the keepalive settings written on them: fluent chains
 * from a factory call, builders held in variables or fields and configured by later statements, builder
 * parameters (framework customizer callbacks) and casts to a builder type.
 */
final class BuilderExtractor {

    /** One builder being assembled while the unit is walked. */
    private static final class Instance {
        final JavaBuilderSpec spec;
        final String description;
        final Location location;
        final List<KeepaliveSetting> settings = new ArrayList<>();

        Instance(JavaBuilderSpec spec, String description, Location location) {
            this.spec = spec;
            this.description = description;
            this.location = location;
        }
    }

    private static final class FactoryRef {
        final JavaBuilderSpec spec;
        final JavaBuilderSpec.Factory factory;

        FactoryRef(JavaBuilderSpec spec, JavaBuilderSpec.Factory factory) {
            this.spec = spec;
            this.factory = factory;
        }
    }

    private final Map<String, List<FactoryRef>> factoriesByMethod = new HashMap<>();
    private final List<JavaBuilderSpec> specs;
    private final ValueResolver resolver;
    private final JavaSources sources;

    BuilderExtractor(List<JavaBuilderSpec> specs, ValueResolver resolver, JavaSources sources) {
        this.specs = specs;
        this.resolver = resolver;
        this.sources = sources;
        for (JavaBuilderSpec spec : specs) {
            for (JavaBuilderSpec.Factory f : spec.factories()) {
                factoriesByMethod.computeIfAbsent(f.method(), k -> new ArrayList<>()).add(new FactoryRef(spec, f));
            }
        }
    }

    List<Observation> extract(CompilationUnit unit) {
        Names names = Names.of(unit, sources);
        List<Instance> instances = new ArrayList<>();
        // builder variables: declaring node (variable declarator or parameter) -> instance
        Map<Node, Instance> bound = new IdentityHashMap<>();
        Map<Node, String> boundNames = new IdentityHashMap<>();

        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            FactoryRef ref = factoryOf(call, names);
            if (ref == null) {
                continue;
            }
            String factoryClass = ref.factory.simpleClassName().startsWith("*") && call.getScope().isPresent()
                ? call.getScope().get().toString() : ref.factory.simpleClassName();
            Instance inst = new Instance(ref.spec, factoryClass + "." + ref.factory.method() + "()",
                JavaSources.locationOf(call));
            instances.add(inst);
            addFactoryArguments(inst, ref.factory, call);
            Expression end = walkChain(call, inst);
            boolean built = end instanceof MethodCallExpr && ((MethodCallExpr) end).getNameAsString().equals("build");
            Node declaration = built ? null : declarationReceiving(end);
            if (declaration != null) {
                bound.put(declaration, inst);
                boundNames.put(declaration, nameOf(declaration));
            }
        }

        // Variables, fields and parameters declared with a builder type (customizer callbacks, helper methods).
        for (VariableDeclarator v : unit.findAll(VariableDeclarator.class)) {
            if (bound.containsKey(v)) {
                continue;
            }
            JavaBuilderSpec spec = specOfType(v.getType(), names);
            if (spec != null) {
                Instance inst = new Instance(spec, simpleName(v.getType()) + " `" + v.getNameAsString() + "`",
                    JavaSources.locationOf(v));
                instances.add(inst);
                bound.put(v, inst);
                boundNames.put(v, v.getNameAsString());
            }
        }
        for (Parameter p : unit.findAll(Parameter.class)) {
            JavaBuilderSpec spec = p.getType().isUnknownType() ? null : specOfType(p.getType(), names);
            if (spec != null) {
                Instance inst = new Instance(spec, simpleName(p.getType()) + " parameter `" + p.getNameAsString() + "`",
                    JavaSources.locationOf(p));
                instances.add(inst);
                bound.put(p, inst);
                boundNames.put(p, p.getNameAsString());
            }
        }

        // Casts to a builder type: ((NettyServerBuilder) serverBuilder).permitKeepAliveTime(...)
        for (CastExpr cast : unit.findAll(CastExpr.class)) {
            JavaBuilderSpec spec = specOfType(cast.getType(), names);
            if (spec == null) {
                continue;
            }
            Instance inst = null;
            if (cast.getExpression() instanceof NameExpr) {
                Node decl = declarationOf((NameExpr) cast.getExpression(), boundNames);
                inst = decl == null ? null : bound.get(decl);
                if (inst == null) {
                    decl = untypedLambdaParameter((NameExpr) cast.getExpression());
                    if (decl != null) {
                        inst = bound.get(decl);
                        if (inst == null) {
                            inst = new Instance(spec, simpleName(cast.getType()) + " `"
                                + ((NameExpr) cast.getExpression()).getNameAsString() + "`", JavaSources.locationOf(decl));
                            instances.add(inst);
                            bound.put(decl, inst);
                            boundNames.put(decl, ((NameExpr) cast.getExpression()).getNameAsString());
                        }
                    }
                }
            }
            if (inst == null) {
                inst = new Instance(spec, "cast to " + simpleName(cast.getType()), JavaSources.locationOf(cast));
                instances.add(inst);
            }
            walkChain(cast, inst);
        }

        // Later statements that configure a builder held in a variable, field or parameter.
        Set<String> builderNames = new HashSet<>(boundNames.values());
        for (NameExpr use : unit.findAll(NameExpr.class)) {
            if (!builderNames.contains(use.getNameAsString()) || !startsChain(use)) {
                continue;
            }
            Node decl = declarationOf(use, boundNames);
            Instance inst = decl == null ? null : bound.get(decl);
            if (inst != null) {
                walkChain(use, inst);
            }
        }
        for (FieldAccessExpr use : unit.findAll(FieldAccessExpr.class)) {
            if (!use.getScope().isThisExpr() || !startsChain(use)) {
                continue;
            }
            for (Map.Entry<Node, String> e : boundNames.entrySet()) {
                if (e.getValue().equals(use.getNameAsString()) && e.getKey() instanceof VariableDeclarator
                    && e.getKey().getParentNode().orElse(null) instanceof FieldDeclaration) {
                    walkChain(use, bound.get(e.getKey()));
                }
            }
        }

        List<Observation> out = new ArrayList<>();
        for (Instance inst : instances) {
            if (inst.spec.role() == Role.INERT) {
                continue;
            }
            inst.settings.sort(Comparator.comparing(KeepaliveSetting::location));
            out.add(new Observation(inst.spec.role(), inst.spec.library(), inst.description, inst.location,
                inst.settings, null, spellings(inst.spec), null));
        }
        return out;
    }

    /** ".keepAliveTime(%s)" for each setting the builder has a setter for (the first setter of a kind wins). */
    private static Map<SettingKind, Spelling> spellings(JavaBuilderSpec spec) {
        Map<SettingKind, Spelling> out = new java.util.EnumMap<>(SettingKind.class);
        for (JavaBuilderSpec.Setter s : spec.setters().values()) {
            Spelling.Syntax syntax;
            switch (s.shape()) {
                case DURATION_UNIT: syntax = Spelling.Syntax.JAVA_DURATION_UNIT; break;
                case DURATION: syntax = Spelling.Syntax.JAVA_DURATION; break;
                case MILLIS: syntax = Spelling.Syntax.JAVA_MILLIS; break;
                case SECONDS: syntax = Spelling.Syntax.JAVA_SECONDS; break;
                default: syntax = Spelling.Syntax.SUFFIXED;
            }
            out.putIfAbsent(s.setting(), new Spelling("." + s.method() + "(%s)", syntax));
        }
        return out;
    }

    // ---- recognising builders ------------------------------------------------------------------------------

    private FactoryRef factoryOf(MethodCallExpr call, Names names) {
        List<FactoryRef> candidates = factoriesByMethod.get(call.getNameAsString());
        if (candidates == null) {
            return null;
        }
        for (FactoryRef ref : candidates) {
            if (call.getScope().isPresent()) {
                Expression scope = call.getScope().get();
                if ((scope instanceof NameExpr || scope instanceof FieldAccessExpr)
                    && (names.isClass(scope.toString(), ref.factory.className())
                        || wildcardClass(call, scope.toString(), ref.factory, names))) {
                    return ref;
                }
            } else {
                for (String imported : names.staticImports(call.getNameAsString())) {
                    if (Names.sameClass(imported, ref.factory.className() + "." + ref.factory.method())) {
                        return ref;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A factory class written "package.*Suffix" in the rules (com.google.cloud.*Settings): any class of that package
     * or below whose name ends with the suffix. A class of the file's own package that is not among the parsed
     * sources still counts, as the factory's method name is specific enough.
     */
    private static boolean wildcardClass(MethodCallExpr call, String written, JavaBuilderSpec.Factory factory,
                                         Names names) {
        String simple = factory.simpleClassName();
        String last = written.substring(written.lastIndexOf('.') + 1);
        if (!simple.startsWith("*") || !last.endsWith(simple.substring(1))) {
            return false;
        }
        List<String> candidates = names.resolveType(written);
        if (candidates.isEmpty()) {
            String pkg = call.findCompilationUnit().flatMap(CompilationUnit::getPackageDeclaration)
                .map(p -> p.getNameAsString()).orElse("");
            candidates = List.of(pkg + "." + written);
        }
        String prefix = factory.packageName() + ".";
        for (String c : candidates) {
            if (c.startsWith(prefix) || c.contains("." + prefix)) {
                return true;
            }
        }
        return false;
    }

    private JavaBuilderSpec specOfType(Type type, Names names) {
        if (!type.isClassOrInterfaceType()) {
            return null;
        }
        String written = type.asClassOrInterfaceType().getNameWithScope();
        for (JavaBuilderSpec spec : specs) {
            for (String t : spec.types()) {
                if (written.equals(t.substring(t.lastIndexOf('.') + 1)) || written.contains(".")) {
                    if (names.isClass(written, t)) {
                        return spec;
                    }
                }
            }
        }
        return null;
    }

    private static String simpleName(Type type) {
        return type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : type.asString();
    }

    // ---- chains --------------------------------------------------------------------------------------------

    /** True when {@code e} is the receiver of a method call (possibly through parentheses or a cast). */
    private static boolean startsChain(Expression e) {
        Node parent = e.getParentNode().orElse(null);
        return parent instanceof MethodCallExpr && ((MethodCallExpr) parent).getScope().map(s -> s == e).orElse(false);
    }

    /**
     * Follows the calls made on {@code start} ({@code start.a().b()...}) and records the setters among them.
     * Returns the last expression of the chain.
     */
    private Expression walkChain(Expression start, Instance inst) {
        Expression current = start;
        while (true) {
            Node parent = current.getParentNode().orElse(null);
            if (parent instanceof EnclosedExpr) {
                current = (Expression) parent;
                continue;
            }
            if (!(parent instanceof MethodCallExpr)) {
                return current;
            }
            MethodCallExpr call = (MethodCallExpr) parent;
            if (call.getScope().orElse(null) != current) {
                return current;
            }
            if (call.getNameAsString().equals("build")) {
                return call;
            }
            JavaBuilderSpec.Setter setter = inst.spec.setters().get(call.getNameAsString());
            if (setter != null) {
                KeepaliveSetting s = settingOf(setter, call);
                if (s != null) {
                    inst.settings.add(s);
                }
            }
            current = call;
        }
    }

    /** The variable, field or assignment target that receives {@code end}, or null. */
    private static Node declarationReceiving(Expression end) {
        Node parent = end.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof VariableDeclarator) {
            return parent;
        }
        if (parent instanceof AssignExpr) {
            Expression target = ((AssignExpr) parent).getTarget();
            if (target instanceof NameExpr) {
                return declarationOf((NameExpr) target, null);
            }
            if (target instanceof FieldAccessExpr && ((FieldAccessExpr) target).getScope().isThisExpr()) {
                return fieldDeclarator(target, ((FieldAccessExpr) target).getNameAsString());
            }
        }
        return null;
    }

    private static String nameOf(Node declaration) {
        if (declaration instanceof VariableDeclarator) {
            return ((VariableDeclarator) declaration).getNameAsString();
        }
        return ((Parameter) declaration).getNameAsString();
    }

    /**
     * The declaration (local variable, parameter or field) that {@code use} refers to, found by walking out
     * through the enclosing blocks, callables and types. {@code known} restricts the search to those
     * declarations when given.
     */
    private static Node declarationOf(NameExpr use, Map<Node, String> known) {
        String name = use.getNameAsString();
        Node child = use;
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
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        return null;
    }

    /** An untyped lambda parameter that {@code use} refers to, or null. */
    private static Node untypedLambdaParameter(NameExpr use) {
        Node decl = declarationOf(use, null);
        if (decl instanceof Parameter && ((Parameter) decl).getType().isUnknownType()) {
            return decl;
        }
        return null;
    }

    private static Node fieldDeclarator(Node inside, String name) {
        TypeDeclaration<?> type = inside instanceof TypeDeclaration ? (TypeDeclaration<?>) inside
            : inside.findAncestor(TypeDeclaration.class).orElse(null);
        if (type == null) {
            return null;
        }
        return FileIndex.of(type, null).field(type, name); // a table per file, not a walk of the members per use
    }

    private static boolean isBefore(Node a, Node b) {
        return a.getBegin().isPresent() && b.getBegin().isPresent() && a.getBegin().get().isBefore(b.getBegin().get());
    }

    // ---- values --------------------------------------------------------------------------------------------

    private void addFactoryArguments(Instance inst, JavaBuilderSpec.Factory factory, MethodCallExpr call) {
        List<String> roles = factory.args();
        List<Expression> args = call.getArguments();
        Map<String, Expression> byRole = new LinkedHashMap<>();
        for (int i = 0; i < roles.size() && i < args.size(); i++) {
            byRole.put(roles.get(i), args.get(i));
        }
        Location at = JavaSources.locationOf(call);
        Expression address = byRole.get("address");
        if (address instanceof ObjectCreationExpr
            && ((ObjectCreationExpr) address).getType().getNameAsString().equals("InetSocketAddress")) {
            List<Expression> a = ((ObjectCreationExpr) address).getArguments();
            if (a.size() == 1) {
                byRole.put("port", a.get(0));
            } else if (a.size() == 2) {
                byRole.put("host", a.get(0));
                byRole.put("port", a.get(1));
            }
        }
        Expression target = byRole.get("target");
        if (target != null) {
            Value v = resolver.eval(target);
            if (v.get() instanceof String) {
                inst.settings.add(KeepaliveSetting.resolved(SettingKind.TARGET, v.get(), target.toString(), at, v.via()));
            }
        }
        Expression port = byRole.get("port");
        Value portValue = port == null ? null : resolver.eval(port);
        if (portValue != null && portValue.get() instanceof Long) {
            inst.settings.add(KeepaliveSetting.resolved(SettingKind.PORT, portValue.get(), port.toString(), at,
                portValue.via()));
        }
        Expression host = byRole.get("host");
        if (host != null) {
            Value h = resolver.eval(host);
            if (h.get() instanceof String) {
                String text = (String) h.get() + (portValue != null && portValue.get() instanceof Long ? ":" + portValue.get() : "");
                inst.settings.add(KeepaliveSetting.resolved(SettingKind.TARGET, text, host + ", " + port, at, h.via()));
            }
        }
    }

    private KeepaliveSetting settingOf(JavaBuilderSpec.Setter setter, MethodCallExpr call) {
        Location at = new Location(JavaSources.locationOf(call).path(),
            call.getName().getBegin().map(p -> p.line).orElse(0), call.getName().getBegin().map(p -> p.column).orElse(0));
        List<Expression> args = call.getArguments();
        String written = call.getNameAsString() + "(" + joined(args) + ")";
        SettingKind kind = setter.setting();
        switch (setter.shape()) {
            case DURATION_UNIT: {
                if (args.size() != 2) {
                    return null;
                }
                Value amount = resolver.eval(args.get(0));
                Value unit = resolver.eval(args.get(1));
                if (!amount.isKnown()) {
                    return KeepaliveSetting.unresolved(kind, written, amount.unknownReason(), at);
                }
                if (!unit.isKnown() || !(unit.get() instanceof TimeUnit)) {
                    return KeepaliveSetting.unresolved(kind, written, unit.isKnown()
                        ? "`" + args.get(1) + "` is not a TimeUnit" : unit.unknownReason(), at);
                }
                if (!amount.isNumber()) {
                    return KeepaliveSetting.unresolved(kind, written, "`" + args.get(0) + "` is not a number", at);
                }
                Duration d = durationOf(((Number) amount.get()).longValue(), (TimeUnit) unit.get());
                return KeepaliveSetting.resolved(kind, d, written, at, Value.combine(d, amount, unit).via());
            }
            case DURATION:
            case MILLIS:
            case SECONDS:
            case BOOLEAN: {
                if (args.size() != 1) {
                    return null;
                }
                Value v = resolver.eval(args.get(0));
                if (!v.isKnown()) {
                    return KeepaliveSetting.unresolved(kind, written, v.unknownReason(), at);
                }
                if (v.get() == Value.NULL) {
                    // jetcd: null leaves the setting to gRPC's default
                    return KeepaliveSetting.resolved(kind, null, written, at, v.via());
                }
                Object value = singleValue(setter.shape(), v.get());
                if (value == null) {
                    return KeepaliveSetting.unresolved(kind, written, "`" + args.get(0) + "` is not a "
                        + setter.shape().id() + " value", at);
                }
                return KeepaliveSetting.resolved(kind, value, written, at, v.via());
            }
            case TEXT: {
                if (args.isEmpty()) {
                    return null;
                }
                Value v = resolver.eval(args.get(0));
                return v.get() instanceof String ? KeepaliveSetting.resolved(kind, v.get(), written, at, v.via()) : null;
            }
            case NUMBER: {
                if (args.size() != 1) {
                    return null;
                }
                Value v = resolver.eval(args.get(0));
                return v.get() instanceof Long ? KeepaliveSetting.resolved(kind, v.get(), written, at, v.via()) : null;
            }
            default:
                return null;
        }
    }

    /** The setting's value from a one-argument setter's argument, or null when it is not of the shape. */
    private static Object singleValue(ValueShape shape, Object arg) {
        switch (shape) {
            case DURATION: return arg instanceof Duration ? arg : null;
            case MILLIS: return arg instanceof Long ? Duration.ofMillis((Long) arg) : null;
            case SECONDS: return arg instanceof Long ? Duration.ofSeconds((Long) arg) : null;
            case BOOLEAN: return arg instanceof Boolean ? arg : null;
            default: return null;
        }
    }

    /** {@code amount} of {@code unit}, saturating at the largest duration instead of overflowing. */
    static Duration durationOf(long amount, TimeUnit unit) {
        try {
            return Duration.of(amount, unit.toChronoUnit());
        } catch (ArithmeticException e) {
            return amount < 0 ? Duration.ofSeconds(Long.MIN_VALUE) : ChronoUnit.FOREVER.getDuration();
        }
    }

    private static String joined(List<Expression> args) {
        StringBuilder sb = new StringBuilder();
        for (Expression a : args) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(a);
        }
        return sb.toString();
    }
}
