package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
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
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.Type;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Spelling;
import dev.keepalivelint.rules.JavaBuilderSpec;
import dev.keepalivelint.rules.ValueShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Finds the builders of one compilation unit and the keepalive settings written on them: fluent chains
 * from a factory call or from a project method that returns a builder (of this file, or a static method of
 * another file, whose builder is carried over), builders held in variables or fields
 * and configured by later statements, builder parameters (framework customizer callbacks, configurator
 * lambdas) and casts to a builder type.
 *
 * <p>Only a builder that is built and used is a client: one whose chain reaches build(), or that is handed to
 * code that may build it, returned, or kept in a field code elsewhere can reach. A builder only inspected,
 * discarded, expected to fail (inside assertThrows and the like), built only to be looked at (OnlyInspected),
 * handed over beside a ready channel, handed to
 * a project class that never builds it, or a Mockito double with a stubbed build() is not. A builder whose
 * creation is not in sight (a typed field, parameter, cast, clone) is reported for what is written on it, not
 * given the library's defaults.
 */
final class BuilderExtractor {

    /** One builder being assembled while the unit is walked. */
    private static final class Instance {
        final JavaBuilderSpec spec;
        final String description;
        final Location location;
        final List<KeepaliveSetting> settings = new ArrayList<>();
        /** How the last setting of a kind is best changed, when it comes straight from a constant. */
        final Map<KeepaliveSetting, Spelling> constantSpellings = new IdentityHashMap<>();
        /** The expression that creates it; null when its creation is not in sight. */
        final Node creation;
        /** Why its creation is not in sight; null when it is. */
        final String unknownOrigin;
        /** Where its chains end: build(), an argument, a return, a variable, a discarded statement. */
        final List<Expression> ends = new ArrayList<>();
        final List<Node> declarations = new ArrayList<>();
        /** Created by calling this project method, which returns a builder: the method's builder is carried over. */
        MethodDeclaration inheritsFrom;
        /** Wrapped in a Mockito spy or mock. */
        boolean doubled;
        /** Another instance that already holds the variable this one is assigned to. */
        Instance sameVariableAs;

        Instance(JavaBuilderSpec spec, String description, Location location, Node creation, String unknownOrigin) {
            this.spec = spec;
            this.description = description;
            this.location = location;
            this.creation = creation;
            this.unknownOrigin = unknownOrigin;
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
    /** Constructor factories (new ReferenceConfig<>()) by the class's simple name. */
    private final Map<String, List<FactoryRef>> constructorsByClass = new HashMap<>();
    private final Map<String, JavaBuilderSpec> configurators = new HashMap<>();
    private final BuilderTypes types;
    /** The names of the setters of every builder the rules know, but those of where it connects. */
    private final Set<String> keepaliveSetters = new HashSet<>();
    private final SettingReader reader;
    private final JavaSources sources;

    BuilderExtractor(List<JavaBuilderSpec> specs, ValueResolver resolver, JavaSources sources) {
        this.types = new BuilderTypes(specs);
        this.reader = new SettingReader(resolver);
        this.sources = sources;
        for (JavaBuilderSpec spec : specs) {
            for (JavaBuilderSpec.Factory f : spec.factories()) {
                (f.isConstructor() ? constructorsByClass : factoriesByMethod)
                    .computeIfAbsent(f.method(), k -> new ArrayList<>()).add(new FactoryRef(spec, f));
            }
            for (JavaBuilderSpec.Setter setter : spec.setters().values()) {
                if (setter.setting().isKeepalive()) {
                    keepaliveSetters.add(setter.method());
                }
            }
            for (String m : spec.configuredBy()) {
                configurators.putIfAbsent(m, spec);
            }
        }
    }

    List<Observation> extract(CompilationUnit unit) {
        return new UnitScan(unit, FileIndex.of(unit, sources), new IdentityHashMap<>()).run();
    }

    /** The walk over one compilation unit. */
    private final class UnitScan {
        final CompilationUnit unit;
        final Names names;
        /** The unit's nodes by kind, from one walk (see {@link FileIndex#nodes}). */
        final FileIndex index;
        final List<Instance> instances = new ArrayList<>();
        /** builder variables: declaring node (variable declarator or parameter) -> instance */
        final Map<Node, Instance> bound = new IdentityHashMap<>();
        /** declarations bound since their uses were last followed */
        final List<Node> pending = new ArrayList<>();
        /** this file's methods whose return type is a builder, by name */
        final Map<String, List<MethodDeclaration>> builderMethods = new HashMap<>();

        /** The scans of other files this file's builder methods come from, shared by the scans they start. */
        final Map<CompilationUnit, UnitScan> others;

        UnitScan(CompilationUnit unit, FileIndex index, Map<CompilationUnit, UnitScan> others) {
            this.unit = unit;
            this.index = index;
            this.names = index.names();
            this.others = others;
        }

        List<Observation> run() {
            collect();
            return emit();
        }

        /** Finds the unit's builders and follows them, without deciding which are clients. */
        UnitScan collect() {
            for (MethodDeclaration m : index.nodes(MethodDeclaration.class)) {
                if (specOfType(m.getType(), names) != null) {
                    builderMethods.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(m);
                }
            }
            creations();
            followAllUses();
            // Typed declarations nothing in sight assigned a builder to: their builder comes from elsewhere.
            typedDeclarations();
            configuratorLambdas();
            casts();
            followAllUses();
            return this;
        }

        // ---- creations in sight ----------------------------------------------------------------------------

        void creations() {
            for (MethodCallExpr call : index.nodes(MethodCallExpr.class)) {
                FactoryRef ref = factoryOf(call, names);
                Instance inst = null;
                if (ref != null) {
                    String factoryClass = ref.factory.simpleClassName().startsWith("*") && call.getScope().isPresent()
                        ? call.getScope().get().toString() : ref.factory.simpleClassName();
                    inst = new Instance(ref.spec, factoryClass + "." + ref.factory.method() + "()",
                        JavaSources.locationOf(call), call, null);
                    reader.addFactoryArguments(ref.spec.role(), inst.settings, ref.factory, call);
                } else {
                    MethodDeclaration m = builderMethodCalled(call);
                    if (m != null) {
                        Location declared = JavaSources.locationOf(m);
                        inst = new Instance(specOfType(m.getType(), Names.of(m, sources)), m.getNameAsString() + "() (the builder "
                            + declared.fileName() + ":" + declared.line() + " returns)", JavaSources.locationOf(call),
                            call, null);
                        inst.inheritsFrom = m;
                    }
                }
                if (inst != null) {
                    instances.add(inst);
                    follow(inst, call);
                }
            }
            if (constructorsByClass.isEmpty()) {
                return;
            }
            for (ObjectCreationExpr created : index.nodes(ObjectCreationExpr.class)) {
                FactoryRef ref = constructorOf(created, names);
                if (ref != null) {
                    Instance inst = new Instance(ref.spec, "new " + ref.factory.simpleClassName() + "<>()",
                        JavaSources.locationOf(created), created, null);
                    instances.add(inst);
                    follow(inst, created);
                }
            }
        }

        /** The method of this file returning a builder that {@code call} calls, or null. */
        MethodDeclaration builderMethodCalled(MethodCallExpr call) {
            List<MethodDeclaration> candidates = builderMethods.get(call.getNameAsString());
            if (candidates == null || call.getScope().isPresent() && !call.getScope().get().isThisExpr()
                && !(call.getScope().get() instanceof NameExpr && declaresType(call.getScope().get().toString()))) {
                return otherFileBuilderMethod(call);
            }
            for (MethodDeclaration m : candidates) {
                if (m.getParameters().size() == call.getArguments().size()
                    && !call.findAncestor(MethodDeclaration.class).map(outer -> outer == m).orElse(false)) {
                    return m;
                }
            }
            return null;
        }

        /**
         * The static method of another project file that {@code call} calls ({@code TestUtil.client(cluster)}, or
         * a statically imported one) when it returns a builder the rules know, or null.
         */
        MethodDeclaration otherFileBuilderMethod(MethodCallExpr call) {
            if (!usedAsBuilder(call)) {
                return null;  // not worth parsing the other file for
            }
            List<String> classes = new ArrayList<>();
            if (call.getScope().isPresent()) {
                Expression scope = call.getScope().get();
                if (!(scope instanceof NameExpr || scope instanceof FieldAccessExpr)
                    || declaresType(scope.toString()) || Scopes.declarationOf(scope) != null) {
                    return null;  // a variable's method, or a type of this file (handled above)
                }
                classes.addAll(names.resolveType(scope.toString()));
            } else {
                for (String member : names.staticImports(call.getNameAsString())) {
                    classes.add(member.substring(0, member.lastIndexOf('.')));
                }
            }
            for (String c : classes) {
                TypeDeclaration<?> type = sources.findType(c);
                if (type == null || type.findCompilationUnit().orElse(null) == unit) {
                    continue;
                }
                Names there = Names.of(type, sources);
                for (MethodDeclaration m : type.getMethodsByName(call.getNameAsString())) {
                    if (m.isStatic() && m.getBody().isPresent()
                        && m.getParameters().size() == call.getArguments().size()
                        && specOfType(m.getType(), there) != null) {
                        return m;
                    }
                }
            }
            return null;
        }

        /**
         * The chain on the call's result reaches a keepalive setter the rules know, or a builder-typed variable
         * receives it: only then is the other file worth parsing. A caller that only builds the builder is the
         * method's client, reported in the method's file (and every proto's newBuilder().build() would parse one).
         */
        boolean usedAsBuilder(MethodCallExpr call) {
            Expression current = call;
            Node parent = BuilderUses.parentSkippingParentheses(current);
            while (parent instanceof MethodCallExpr && ((MethodCallExpr) parent).getScope().orElse(null) != null
                && BuilderUses.skippingParentheses(((MethodCallExpr) parent).getScope().get()) == current) {
                String name = ((MethodCallExpr) parent).getNameAsString();
                if (name.equals("build")) {
                    return false;
                }
                if (keepaliveSetters.contains(name)) {
                    return true;
                }
                current = (MethodCallExpr) parent;
                parent = BuilderUses.parentSkippingParentheses(current);
            }
            return parent instanceof VariableDeclarator
                && specOfType(((VariableDeclarator) parent).getType(), names) != null;
        }

        /** Whether this file declares a type of that simple name (the file's table, not a walk per call). */
        boolean declaresType(String simple) {
            return names.declaredTypeNode(simple) != null;
        }

        /**
         * Follows the calls made on {@code start} and notes where the chain ends; a chain received by a variable
         * or field binds it, so that the statements using it are followed too.
         */
        void follow(Instance inst, Expression start) {
            Expression end = walkChain(start, inst);
            Node parent = BuilderUses.parentSkippingParentheses(end);
            if (parent instanceof MethodCallExpr && BuilderUses.isDouble((MethodCallExpr) parent)
                && ((MethodCallExpr) parent).getArguments().contains(end)) {
                inst.doubled = true;
                end = (MethodCallExpr) parent;
            }
            inst.ends.add(end);
            if (isBuild(end, inst.spec)) {
                return;
            }
            Node declaration = declarationReceiving(end);
            if (declaration != null) {
                bind(declaration, inst);
            }
        }

        void bind(Node declaration, Instance inst) {
            Instance already = bound.get(declaration);
            if (already == inst) {
                return;
            }
            if (already != null) {
                // if (a) b = X.forTarget(..); else b = Y.forTarget(..): the uses of b belong to the first
                if (inst.ends.size() == 1) {
                    inst.sameVariableAs = already;
                }
                return;
            }
            bound.put(declaration, inst);
            inst.declarations.add(declaration);
            pending.add(declaration);
        }

        // ---- builders whose creation is not in sight ------------------------------------------------------

        /** Variables, fields and parameters declared with a builder type (customizer callbacks, helper methods). */
        void typedDeclarations() {
            for (VariableDeclarator v : index.nodes(VariableDeclarator.class)) {
                if (bound.containsKey(v)) {
                    continue;
                }
                JavaBuilderSpec spec = specOfType(v.getType(), names);
                if (spec != null) {
                    boolean field = v.getParentNode().orElse(null) instanceof FieldDeclaration;
                    String origin = v.getInitializer().isPresent()
                        ? "it is assigned `" + v.getInitializer().get() + "`, whose builder is created elsewhere"
                        : field ? "it is a field whose builder is created elsewhere"
                        : "it is a variable whose builder is created elsewhere";
                    Instance inst = new Instance(spec, simpleName(v.getType()) + (field ? " field `" : " `")
                        + v.getNameAsString() + "`", JavaSources.locationOf(v), null, origin);
                    instances.add(inst);
                    bind(v, inst);
                }
            }
            for (Parameter p : index.nodes(Parameter.class)) {
                JavaBuilderSpec spec = p.getType().isUnknownType() ? null : specOfType(p.getType(), names);
                if (spec != null && !bound.containsKey(p)) {
                    String of = p.getParentNode().filter(n -> n instanceof CallableDeclaration)
                        .map(n -> ((CallableDeclaration<?>) n).getNameAsString() + "()").orElse("a callback");
                    Instance inst = new Instance(spec, simpleName(p.getType()) + " parameter `" + p.getNameAsString() + "`",
                        JavaSources.locationOf(p), null, "it is a parameter of " + of + "; the caller creates the builder");
                    instances.add(inst);
                    bind(p, inst);
                }
            }
        }

        /**
         * Untyped lambda parameters that receive a builder: a lambda given to a configurator method the rules name
         * ({@code setChannelConfigurator(b -> b.keepAliveTime(...))}), or assigned to a variable whose declared
         * type takes a builder type as its first type argument ({@code ApiFunction<ManagedChannelBuilder, ...>}).
         */
        void configuratorLambdas() {
            for (LambdaExpr lambda : index.nodes(LambdaExpr.class)) {
                if (lambda.getParameters().isEmpty() || !lambda.getParameter(0).getType().isUnknownType()
                    || bound.containsKey(lambda.getParameter(0))) {
                    continue;
                }
                Node parent = BuilderUses.parentSkippingParentheses(lambda);
                JavaBuilderSpec spec = null;
                String by = null;
                if (parent instanceof MethodCallExpr && ((MethodCallExpr) parent).getArguments().contains(lambda)) {
                    spec = configurators.get(((MethodCallExpr) parent).getNameAsString());
                    by = ((MethodCallExpr) parent).getNameAsString() + "()";
                } else if (parent instanceof VariableDeclarator) {
                    spec = firstTypeArgumentSpec(((VariableDeclarator) parent).getType());
                    by = simpleName(((VariableDeclarator) parent).getType()) + " `"
                        + ((VariableDeclarator) parent).getNameAsString() + "`";
                }
                if (spec != null) {
                    Parameter p = lambda.getParameter(0);
                    Instance inst = new Instance(spec, "builder `" + p.getNameAsString() + "` given to " + by,
                        JavaSources.locationOf(p), null, "it is handed to the callback of " + by + " at run time");
                    instances.add(inst);
                    bind(p, inst);
                }
            }
        }

        JavaBuilderSpec firstTypeArgumentSpec(Type type) {
            if (!type.isClassOrInterfaceType()) {
                return null;
            }
            return type.asClassOrInterfaceType().getTypeArguments()
                .filter(args -> !args.isEmpty()).map(args -> specOfType(args.get(0), names)).orElse(null);
        }

        /** Casts to a builder type: ((NettyServerBuilder) serverBuilder).permitKeepAliveTime(...) */
        void casts() {
            for (CastExpr cast : index.nodes(CastExpr.class)) {
                JavaBuilderSpec spec = specOfType(cast.getType(), names);
                if (spec == null) {
                    continue;
                }
                Instance inst = null;
                Expression inner = cast.getExpression();
                while (inner instanceof EnclosedExpr) {
                    inner = ((EnclosedExpr) inner).getInner();
                }
                Node decl = Scopes.declarationOf(inner);
                if (decl != null) {
                    inst = bound.get(decl);
                    if (inst == null && decl instanceof Parameter && ((Parameter) decl).getType().isUnknownType()) {
                        inst = new Instance(spec, simpleName(cast.getType()) + " `" + inner + "`",
                            JavaSources.locationOf(decl), null, "it is handed to a callback at run time");
                        instances.add(inst);
                        bind(decl, inst);
                    }
                }
                if (inst == null && inner instanceof MethodCallExpr && isCreation((MethodCallExpr) inner)) {
                    continue;  // (NettyChannelBuilder) NettyChannelBuilder.forTarget(t): the creation's own chain
                }
                if (inst == null) {
                    inst = new Instance(spec, "cast to " + simpleName(cast.getType()), JavaSources.locationOf(cast), null,
                        "it is `" + cast.getExpression() + "` cast to " + simpleName(cast.getType())
                            + ", created elsewhere");
                    instances.add(inst);
                    Node receiving = declarationReceiving(walkChain(cast, inst));
                    if (receiving != null) {
                        bind(receiving, inst);
                    }
                    continue;
                }
                walkChain(cast, inst);
            }
        }

        boolean isCreation(MethodCallExpr call) {
            return factoryOf(call, names) != null || builderMethodCalled(call) != null;
        }

        // ---- later statements ------------------------------------------------------------------------------

        void followAllUses() {
            for (int round = 0; round < 8 && !pending.isEmpty(); round++) {
                followUses();
            }
        }

        /** Follows the statements that use a builder held in a variable, field or parameter bound since the last round. */
        void followUses() {
            Set<Node> decls = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            decls.addAll(pending);
            pending.clear();
            Set<String> wanted = new HashSet<>();
            for (Node d : decls) {
                wanted.add(nameOf(d));
            }
            for (NameExpr use : index.nodes(NameExpr.class)) {
                if (wanted.contains(use.getNameAsString())) {
                    Node decl = Scopes.declarationOf(use);
                    if (decl != null && decls.contains(decl)) {
                        use(bound.get(decl), use);
                    }
                }
            }
            for (FieldAccessExpr use : index.nodes(FieldAccessExpr.class)) {
                if (use.getScope().isThisExpr() && wanted.contains(use.getNameAsString())) {
                    Node decl = Scopes.declarationOf(use);
                    if (decl != null && decls.contains(decl)) {
                        use(bound.get(decl), use);
                    }
                }
            }
        }

        void use(Instance inst, Expression use) {
            if (BuilderUses.isAssignmentTarget(use)) {
                return;
            }
            follow(inst, use);
        }

        // ---- which builders are clients --------------------------------------------------------------------

        List<Observation> emit() {
            Set<MethodDeclaration> called = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Instance inst : instances) {
                if (inst.inheritsFrom != null) {
                    called.add(inst.inheritsFrom);
                }
            }
            List<Observation> out = new ArrayList<>();
            for (Instance inst : instances) {
                if (inst.spec.role() == Role.INERT || !isClient(inst)) {
                    continue;
                }
                MethodDeclaration returnedBy = returnedBy(inst);
                if (returnedBy != null && called.contains(returnedBy)) {
                    continue;  // it lives on where the method is called
                }
                if (inst.inheritsFrom != null && !configuresKeepalive(inst)
                    && inst.inheritsFrom.findCompilationUnit().orElse(null) != unit) {
                    continue;  // the other file's builder as it is: reported there, where it is created, once
                }
                List<KeepaliveSetting> settings = new ArrayList<>();
                String unknownOrigin = inst.unknownOrigin;
                Map<KeepaliveSetting, Spelling> constants = new IdentityHashMap<>(inst.constantSpellings);
                Location at = inst.location;
                String description = inst.description;
                if (inst.inheritsFrom != null) {
                    Instance source = returnedFrom(inst.inheritsFrom, 0);
                    if (source == null) {
                        unknownOrigin = inst.inheritsFrom.getNameAsString() + "() returns a builder it does not create "
                            + "in sight";
                    } else {
                        settings.addAll(source.settings);
                        constants.putAll(source.constantSpellings);
                        unknownOrigin = source.unknownOrigin;
                        // Where the builder is created: what its defaults are reported at, once for all callers
                        // that only build it; a caller that configures keepalive on it has a client of its own.
                        if (!configuresKeepalive(inst)) {
                            at = source.location;
                        }
                        Location declared = JavaSources.locationOf(inst.inheritsFrom);
                        description = source.description + " returned by " + inst.inheritsFrom.getNameAsString() + "() ("
                            + declared.fileName() + ":" + declared.line() + ")";
                    }
                }
                settings.addAll(inst.settings);
                settings.sort(Comparator.comparing(KeepaliveSetting::location));
                if (!UrlParameters.schemeMatches(inst.spec, settings)) {
                    continue;  // a Dubbo reference to a dubbo:// provider: another protocol, not this library's client
                }
                Observation o = new Observation(inst.spec.role(), inst.spec.library(), description, at,
                    settings, null, spellings(inst.spec, settings, constants), null,
                    inst.spec.note() == null ? List.of() : List.of(inst.spec.note()));
                out.add(unknownOrigin == null ? o : o.withUnknownOrigin(unknownOrigin));
            }
            return out;
        }

        /**
         * Whether the chains on {@code inst} write a setting other than where it connects (TLS counts: a caller that
         * turns it on has a client of its own).
         */
        boolean configuresKeepalive(Instance inst) {
            for (KeepaliveSetting s : inst.settings) {
                if (s.kind() != SettingKind.TARGET && s.kind() != SettingKind.PORT && s.kind() != SettingKind.PORT_SOURCE) {
                    return true;
                }
            }
            return false;
        }

        /** The instance the method returns, following methods that return another builder method's result. */
        Instance returnedFrom(MethodDeclaration m, int depth) {
            CompilationUnit declaring = m.findCompilationUnit().orElse(null);
            if (declaring != unit) {
                return declaring == null || depth >= 4 ? null : scanOf(declaring).returnedFrom(m, depth + 1);
            }
            for (Instance candidate : instances) {
                if (returnedBy(candidate) == m) {
                    if (candidate.inheritsFrom != null && depth < 4) {
                        Instance deeper = returnedFrom(candidate.inheritsFrom, depth + 1);
                        return deeper != null ? deeper : candidate;
                    }
                    return candidate;
                }
            }
            return null;
        }

        /** The followed builders of another file this one calls a builder method of (once per file scanned). */
        UnitScan scanOf(CompilationUnit other) {
            UnitScan scan = others.get(other);
            if (scan == null) {
                scan = new UnitScan(other, FileIndex.of(other, sources), others).collect();
                others.put(other, scan);
            }
            return scan;
        }

        /** The method whose return statement hands this builder back, or null. */
        MethodDeclaration returnedBy(Instance inst) {
            for (Expression end : inst.ends) {
                if (BuilderUses.parentSkippingParentheses(end) instanceof ReturnStmt) {
                    return end.findAncestor(MethodDeclaration.class).orElse(null);
                }
            }
            return null;
        }

        boolean isClient(Instance inst) {
            if (inst.sameVariableAs != null) {
                return isClient(inst.sameVariableAs) && inst.sameVariableAs != inst;
            }
            if (inst.unknownOrigin != null) {
                return true;  // what is written on it counts; no defaults are assumed (see ClientFolder)
            }
            if (BuilderUses.inFailureAssertion(inst.creation) || inst.doubled && buildIsStubbed(inst)) {
                return false;
            }
            for (Expression end : inst.ends) {
                if (putToUse(end, inst)) {
                    return true;
                }
            }
            for (Node d : inst.declarations) {
                if (Scopes.isVisibleField(d)) {
                    return true;  // code this file does not show can build it
                }
            }
            return false;
        }

        /** Whether the chain ending at {@code end} builds the builder, or hands it to code that may. */
        boolean putToUse(Expression end, Instance inst) {
            if (isBuild(end, inst.spec)) {
                return !BuilderUses.inFailureAssertion(end) && !BuilderUses.isStubbed((MethodCallExpr) end)
                    && !OnlyInspected.built((MethodCallExpr) end);
            }
            if (BuilderUses.inFailureAssertion(end)) {
                return false;
            }
            Node parent = BuilderUses.parentSkippingParentheses(end);
            while (parent instanceof CastExpr) {
                parent = BuilderUses.parentSkippingParentheses(parent);
            }
            if (parent instanceof MethodCallExpr && ((MethodCallExpr) parent).getArguments().contains(end)) {
                MethodCallExpr call = (MethodCallExpr) parent;
                if (BuilderUses.onlyInspects(call) || BuilderUses.isDouble(call) || besideReadyChannel(call.getArguments(), end)) {
                    return false;
                }
                return !neverBuilt(call, inst.spec);
            }
            if (parent instanceof ObjectCreationExpr && ((ObjectCreationExpr) parent).getArguments().contains(end)) {
                ObjectCreationExpr created = (ObjectCreationExpr) parent;
                return !besideReadyChannel(created.getArguments(), end) && !neverBuilt(created, inst.spec);
            }
            if (parent instanceof ExpressionStmt) {
                return false;  // discarded: never reaches build()
            }
            if (parent instanceof VariableDeclarator || parent instanceof AssignExpr) {
                return declarationReceiving(end) == null;  // stored somewhere this file does not follow
            }
            // returned, given to super(...), a lambda's result, a conditional: it escapes to code that may build it
            return true;
        }

        boolean buildIsStubbed(Instance inst) {
            for (MethodCallExpr call : index.nodes(MethodCallExpr.class)) {
                if (!isBuild(call, inst.spec)) {
                    continue;
                }
                for (Node d : inst.declarations) {
                    if (BuilderUses.isStubbedOn(call, d)
                        || BuilderUses.isStubbed(call) && call.getScope().map(Scopes::declarationOf).orElse(null) == d) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean besideReadyChannel(List<Expression> args, Expression builder) {
            for (Expression a : args) {
                if (a != builder && BuilderUses.isReadyChannel(a)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when the builder is handed to a class or method of this project that never builds a builder of this
         * kind nor hands one on (jetcd's ClientConnectionManager only reads a ClientBuilder's settings).
         */
        boolean neverBuilt(Node call, JavaBuilderSpec spec) {
            Node body = null;
            if (call instanceof ObjectCreationExpr) {
                body = projectType(((ObjectCreationExpr) call).getType().getNameWithScope());
            } else {
                MethodCallExpr m = (MethodCallExpr) call;
                if (m.getScope().isEmpty() || m.getScope().get().isThisExpr()) {
                    List<MethodDeclaration> same = new ArrayList<>();
                    for (MethodDeclaration d : index.nodes(MethodDeclaration.class)) {
                        if (d.getNameAsString().equals(m.getNameAsString())
                            && d.getParameters().size() == m.getArguments().size() && d.getBody().isPresent()) {
                            same.add(d);
                        }
                    }
                    body = same.size() == 1 ? same.get(0) : null;
                }
            }
            return body != null && !buildsOrHandsOn(body, spec);
        }

        TypeDeclaration<?> projectType(String written) {
            for (TypeDeclaration<?> t : index.nodes(TypeDeclaration.class)) {
                if (t.getNameAsString().equals(written)) {
                    return t;
                }
            }
            for (String candidate : names.resolveType(written)) {
                TypeDeclaration<?> t = sources.findType(candidate);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }

        boolean buildsOrHandsOn(Node body, JavaBuilderSpec spec) {
            Names there = Names.of(body, sources);
            for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
                if (isBuild(call, spec) && call.getScope().isPresent() && isBuilderTyped(call.getScope().get(), spec, there)) {
                    return true;
                }
                for (Expression a : call.getArguments()) {
                    if (isBuilderTyped(a, spec, there)) {
                        return true;
                    }
                }
            }
            for (ObjectCreationExpr created : body.findAll(ObjectCreationExpr.class)) {
                for (Expression a : created.getArguments()) {
                    if (isBuilderTyped(a, spec, there)) {
                        return true;
                    }
                }
            }
            for (com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt s
                : body.findAll(com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt.class)) {
                if (!s.isThis()) {
                    for (Expression a : s.getArguments()) {
                        if (isBuilderTyped(a, spec, there)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        boolean isBuilderTyped(Expression e, JavaBuilderSpec spec, Names there) {
            while (e instanceof EnclosedExpr || e instanceof CastExpr) {
                e = e instanceof EnclosedExpr ? ((EnclosedExpr) e).getInner() : ((CastExpr) e).getExpression();
            }
            Node decl = Scopes.declarationOf(e);
            Type type = decl == null ? null : Scopes.typeOf(decl);
            return type != null && specOfType(type, there) == spec;
        }
    }

    /** Whether {@code e} calls the method that makes a client of a builder of {@code spec} (build(), ReferenceConfig.get()). */
    private static boolean isBuild(Expression e, JavaBuilderSpec spec) {
        return e instanceof MethodCallExpr && spec.isBuiltBy(((MethodCallExpr) e).getNameAsString());
    }

    /**
     * ".keepAliveTime(%s)" for each setting the builder has a setter for (the first setter of a kind wins), or,
     * when the setting in effect comes straight from a constant of the project, where to change that constant.
     */
    private static Map<SettingKind, Spelling> spellings(JavaBuilderSpec spec, List<KeepaliveSetting> settings,
                                                        Map<KeepaliveSetting, Spelling> constants) {
        Map<SettingKind, Spelling> out = new java.util.EnumMap<>(SettingKind.class);
        for (JavaBuilderSpec.Setter s : spec.setters().values()) {
            out.putIfAbsent(s.setting(), new Spelling("." + s.method() + "(%s)", syntaxOf(s.shape())));
        }
        for (JavaBuilderSpec.UrlParameter p : spec.urlParameters()) {
            out.putIfAbsent(p.setting(), UrlParameters.spelling(p));
        }
        Map<SettingKind, KeepaliveSetting> last = new java.util.EnumMap<>(SettingKind.class);
        for (KeepaliveSetting s : settings) {
            last.put(s.kind(), s);
        }
        for (KeepaliveSetting s : last.values()) {
            Spelling constant = constants.get(s);
            if (constant != null) {
                out.put(s.kind(), constant);
            }
        }
        return out;
    }

    private static Spelling.Syntax syntaxOf(ValueShape shape) {
        switch (shape) {
            case DURATION_UNIT: return Spelling.Syntax.JAVA_DURATION_UNIT;
            case DURATION: return Spelling.Syntax.JAVA_DURATION;
            case MILLIS: return Spelling.Syntax.JAVA_MILLIS;
            case SECONDS: return Spelling.Syntax.JAVA_SECONDS;
            default: return Spelling.Syntax.SUFFIXED;
        }
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

    private FactoryRef constructorOf(ObjectCreationExpr created, Names names) {
        List<FactoryRef> candidates = constructorsByClass.get(created.getType().getNameAsString());
        if (candidates == null) {
            return null;
        }
        for (FactoryRef ref : candidates) {
            if (names.isClass(created.getType().getNameWithScope(), ref.factory.className())) {
                return ref;
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
        return types.specOf(type, names);
    }

    private static String simpleName(Type type) {
        return type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : type.asString();
    }

    // ---- chains --------------------------------------------------------------------------------------------

    /**
     * Follows the calls made on {@code start} ({@code start.a().b()...}) and records the setters among them,
     * except in code expected to fail. Returns the last expression of the chain (build() when it reaches it).
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
            if (inst.spec.isBuiltBy(call.getNameAsString())) {
                return call;
            }
            JavaBuilderSpec.Setter setter = inst.spec.setters().get(call.getNameAsString());
            if (setter != null && !BuilderUses.inFailureAssertion(call)) {
                KeepaliveSetting s = reader.settingOf(setter, call, inst.settings, inst.constantSpellings);
                if (s != null && setter.shape() == ValueShape.CALLED && Conditions.conditionalAgainst(call, inst.creation)) {
                    s = KeepaliveSetting.unresolved(s.kind(), s.written(), "`" + call.getNameAsString()
                        + "` is called only under a condition", s.location());
                }
                if (s != null) {
                    inst.settings.add(s);
                    UrlParameters.add(inst.spec, s, inst.settings);
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
        if (parent instanceof AssignExpr && ((AssignExpr) parent).getTarget() != end) {
            return Scopes.declarationOf(((AssignExpr) parent).getTarget());
        }
        return null;
    }

    private static String nameOf(Node declaration) {
        if (declaration instanceof VariableDeclarator) {
            return ((VariableDeclarator) declaration).getNameAsString();
        }
        return ((Parameter) declaration).getNameAsString();
    }
}
