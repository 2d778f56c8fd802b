package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-file lookup tables, each built by one walk of the compilation unit the first time it is needed, so that a
 * lookup (the declaration a name refers to, whether a local is assigned again, a type's field) costs a map access
 * instead of a walk of the whole tree or block: without them a large file (a test class with hundreds of builders)
 * takes time quadratic in its size.
 *
 * <p>Attached to each unit when it is parsed, before any other thread can see it. Trees of files holding constants
 * are shared between scanning threads, so each table is built under the index's lock and never changed afterwards.
 * Nodes are keyed by identity: JavaParser's {@code Node.equals} compares structure.
 */
final class FileIndex {
    private static final DataKey<FileIndex> KEY = new DataKey<FileIndex>() { };
    /** The unary operators that write their operand ({@code isPrefix()} is also true of {@code -x}). */
    private static final Set<UnaryExpr.Operator> INCREMENTS = Set.of(UnaryExpr.Operator.PREFIX_INCREMENT,
        UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT);

    private final CompilationUnit unit;
    private final Names names;
    private volatile Map<BlockStmt, Map<String, List<VariableDeclarator>>> localsByBlock;
    private volatile Map<BlockStmt, Set<String>> reassignedByBlock;
    private volatile Map<TypeDeclaration<?>, Map<String, VariableDeclarator>> fieldsByType;
    private volatile Map<String, List<Node>> constructorCallsByType;
    private volatile Map<String, List<Expression>> writesByName;
    /** Every node of the unit in pre-order (the order of {@code findAll}); one walk, on first use. */
    private List<Node> all;
    /** The nodes of each kind asked for, in pre-order. */
    private final Map<Class<?>, List<?>> byKind = new HashMap<>();

    private FileIndex(CompilationUnit unit, JavaSources sources) {
        this.unit = unit;
        this.names = new Names(unit, sources, this);
    }

    /** Attaches a new index to a unit that no other thread sees yet. */
    static void attach(CompilationUnit unit, JavaSources sources) {
        unit.setData(KEY, new FileIndex(unit, sources));
    }

    /** The index of the unit holding {@code node}; a unit parsed elsewhere (tests) gets a new one each time. */
    static FileIndex of(Node node, JavaSources sources) {
        CompilationUnit cu = node instanceof CompilationUnit ? (CompilationUnit) node
            : node.findCompilationUnit().orElseThrow();
        return cu.containsData(KEY) ? cu.getData(KEY) : new FileIndex(cu, sources);
    }

    Names names() {
        return names;
    }

    /**
     * The unit's nodes of {@code kind} (subclasses included) in pre-order, the same list {@code unit.findAll(kind)}
     * gives: the whole tree is walked once for all kinds, not once per kind and per call (the extraction asks for
     * calls, variables, parameters, names... several times per file).
     */
    @SuppressWarnings("unchecked")
    synchronized <T extends Node> List<T> nodes(Class<T> kind) {
        List<?> out = byKind.get(kind);
        if (out == null) {
            if (all == null) {
                List<Node> nodes = new ArrayList<>();
                unit.walk(Node.TreeTraversal.PREORDER, nodes::add);
                all = nodes;
            }
            List<T> of = new ArrayList<>();
            for (Node n : all) {
                if (kind.isInstance(n)) {
                    of.add((T) n);
                }
            }
            out = Collections.unmodifiableList(of);
            byKind.put(kind, out);
        }
        return (List<T>) out;
    }

    /** The local variables declared directly in {@code block} (not in a nested block) named {@code name}, in source order. */
    List<VariableDeclarator> locals(BlockStmt block, String name) {
        Map<BlockStmt, Map<String, List<VariableDeclarator>>> map = localsByBlock;
        if (map == null) {
            synchronized (this) {
                map = localsByBlock;
                if (map == null) {
                    map = new IdentityHashMap<>();
                    for (VariableDeclarator v : nodes(VariableDeclarator.class)) {
                        BlockStmt b = v.findAncestor(BlockStmt.class).orElse(null);
                        if (b != null) {
                            map.computeIfAbsent(b, k -> new HashMap<>())
                                .computeIfAbsent(v.getNameAsString(), k -> new ArrayList<>()).add(v);
                        }
                    }
                    localsByBlock = map;
                }
            }
        }
        Map<String, List<VariableDeclarator>> inBlock = map.get(block);
        List<VariableDeclarator> out = inBlock == null ? null : inBlock.get(name);
        return out == null ? List.of() : out;
    }

    /** True when {@code name} is assigned ({@code =}, {@code +=}, ...) or incremented anywhere inside {@code block}. */
    boolean isReassigned(BlockStmt block, String name) {
        Map<BlockStmt, Set<String>> map = reassignedByBlock;
        if (map == null) {
            synchronized (this) {
                map = reassignedByBlock;
                if (map == null) {
                    map = new IdentityHashMap<>();
                    for (AssignExpr a : nodes(AssignExpr.class)) {
                        if (a.getTarget() instanceof NameExpr) {
                            addToEnclosingBlocks(map, a, ((NameExpr) a.getTarget()).getNameAsString());
                        }
                    }
                    for (UnaryExpr u : nodes(UnaryExpr.class)) {
                        if ((u.getOperator().isPrefix() || u.getOperator().isPostfix())
                            && u.getExpression() instanceof NameExpr) {
                            addToEnclosingBlocks(map, u, ((NameExpr) u.getExpression()).getNameAsString());
                        }
                    }
                    reassignedByBlock = map;
                }
            }
        }
        return map.getOrDefault(block, Collections.emptySet()).contains(name);
    }

    private static void addToEnclosingBlocks(Map<BlockStmt, Set<String>> map, Node at, String name) {
        for (Node n = at.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof BlockStmt) {
                map.computeIfAbsent((BlockStmt) n, k -> new HashSet<>()).add(name);
            }
        }
    }

    /** The first variable named {@code name} among the fields {@code type} declares itself, or null. */
    VariableDeclarator field(TypeDeclaration<?> type, String name) {
        Map<TypeDeclaration<?>, Map<String, VariableDeclarator>> map = fieldsByType;
        if (map == null) {
            synchronized (this) {
                map = fieldsByType;
                if (map == null) {
                    map = new IdentityHashMap<>();
                    for (TypeDeclaration<?> t : nodes(TypeDeclaration.class)) {
                        Map<String, VariableDeclarator> fields = new HashMap<>();
                        for (FieldDeclaration f : t.getFields()) {
                            for (VariableDeclarator v : f.getVariables()) {
                                fields.putIfAbsent(v.getNameAsString(), v);
                            }
                        }
                        map.put(t, fields);
                    }
                    fieldsByType = map;
                }
            }
        }
        Map<String, VariableDeclarator> fields = map.get(type);
        if (fields == null) {
            // a type of another unit: look it up directly, as before
            for (FieldDeclaration f : type.getFields()) {
                for (VariableDeclarator v : f.getVariables()) {
                    if (v.getNameAsString().equals(name)) {
                        return v;
                    }
                }
            }
            return null;
        }
        return fields.get(name);
    }
    /**
     * Every place in the unit that runs a constructor of a type named {@code simpleName}, in source order:
     * {@code new T(...)} (with or without a class body), {@code this(...)} in T's constructors, {@code super(...)}
     * in the constructors of a class that extends T, and the constants of enum T. Each has the constructor's
     * arguments ({@link #argumentsOf}). Types are matched by simple name: the caller makes sure the unit declares
     * only one type of that name.
     */
    List<Node> constructorCalls(String simpleName) {
        Map<String, List<Node>> map = constructorCallsByType;
        if (map == null) {
            synchronized (this) {
                map = constructorCallsByType;
                if (map == null) {
                    map = new HashMap<>();
                    for (Node n : nodes(Node.class)) {
                        String of = constructedType(n);
                        if (of != null) {
                            map.computeIfAbsent(of, k -> new ArrayList<>()).add(n);
                        }
                    }
                    constructorCallsByType = map;
                }
            }
        }
        return map.getOrDefault(simpleName, List.of());
    }

    /** The arguments a node of {@link #constructorCalls} passes to the constructor. */
    static List<Expression> argumentsOf(Node call) {
        if (call instanceof ObjectCreationExpr) {
            return ((ObjectCreationExpr) call).getArguments();
        }
        if (call instanceof ExplicitConstructorInvocationStmt) {
            return ((ExplicitConstructorInvocationStmt) call).getArguments();
        }
        return ((EnumConstantDeclaration) call).getArguments();
    }

    /** The simple name of the type whose constructor {@code n} runs, or null when it runs none. */
    private static String constructedType(Node n) {
        if (n instanceof ObjectCreationExpr) {
            return ((ObjectCreationExpr) n).getType().getNameAsString();
        }
        if (n instanceof EnumConstantDeclaration) {
            Node parent = n.getParentNode().orElse(null);
            return parent instanceof EnumDeclaration ? ((EnumDeclaration) parent).getNameAsString() : null;
        }
        if (n instanceof ExplicitConstructorInvocationStmt) {
            TypeDeclaration<?> in = n.findAncestor(TypeDeclaration.class).orElse(null);
            if (in == null) {
                return null;
            }
            if (((ExplicitConstructorInvocationStmt) n).isThis()) {
                return in.getNameAsString();
            }
            return in instanceof ClassOrInterfaceDeclaration
                && ((ClassOrInterfaceDeclaration) in).getExtendedTypes().isNonEmpty()
                ? ((ClassOrInterfaceDeclaration) in).getExtendedTypes(0).getNameAsString() : null;
        }
        return null;
    }

    /**
     * The targets of every assignment ({@code =}, {@code +=}, ...) and increment in the unit whose target is named
     * {@code name}: {@code name}, {@code this.name}, {@code other.name}, whatever they refer to.
     */
    List<Expression> writes(String name) {
        Map<String, List<Expression>> map = writesByName;
        if (map == null) {
            synchronized (this) {
                map = writesByName;
                if (map == null) {
                    map = new HashMap<>();
                    for (AssignExpr a : nodes(AssignExpr.class)) {
                        addWrite(map, a.getTarget());
                    }
                    for (UnaryExpr u : nodes(UnaryExpr.class)) {
                        if (INCREMENTS.contains(u.getOperator())) {
                            addWrite(map, u.getExpression());
                        }
                    }
                    writesByName = map;
                }
            }
        }
        return map.getOrDefault(name, List.of());
    }

    private static void addWrite(Map<String, List<Expression>> map, Expression target) {
        String name = target instanceof NameExpr ? ((NameExpr) target).getNameAsString()
            : target instanceof FieldAccessExpr ? ((FieldAccessExpr) target).getNameAsString() : null;
        if (name != null) {
            map.computeIfAbsent(name, k -> new ArrayList<>()).add(target);
        }
    }
}
