package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.keepalivelint.model.Suppression;
import dev.keepalivelint.scan.SuppressionComments;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code @SuppressWarnings("keepalive-lint:<rule-id>")} (or {@code "keepalive-lint"} for every rule) on a
 * type, method, constructor, field, parameter or local variable suppresses findings inside that declaration.
 */
final class SuppressionAnnotations {
    private static final String PREFIX = "keepalive-lint";

    private SuppressionAnnotations() {
    }

    static List<Suppression> in(CompilationUnit unit, String path) {
        List<Suppression> out = new ArrayList<>();
        for (AnnotationExpr a : FileIndex.of(unit, null).nodes(AnnotationExpr.class)) {
            String name = a.getNameAsString();
            if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
                continue;
            }
            Node target = a.getParentNode().orElse(null);
            if (target == null || target.getBegin().isEmpty() || target.getEnd().isEmpty()) {
                continue;
            }
            for (String value : values(a)) {
                if (value.equals(PREFIX) || value.startsWith(PREFIX + ":")) {
                    Set<String> rules = value.equals(PREFIX) ? Set.of()
                        : SuppressionComments.ruleIds(value.substring(PREFIX.length() + 1));
                    out.add(new Suppression(path, target.getBegin().get().line, target.getEnd().get().line, rules, null));
                }
            }
        }
        return out;
    }

    private static List<String> values(AnnotationExpr a) {
        List<Expression> exprs = new ArrayList<>();
        if (a instanceof SingleMemberAnnotationExpr) {
            exprs.add(((SingleMemberAnnotationExpr) a).getMemberValue());
        } else if (a instanceof NormalAnnotationExpr) {
            for (MemberValuePair p : ((NormalAnnotationExpr) a).getPairs()) {
                if (p.getNameAsString().equals("value")) {
                    exprs.add(p.getValue());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Expression e : exprs) {
            if (e instanceof ArrayInitializerExpr) {
                for (Expression v : ((ArrayInitializerExpr) e).getValues()) {
                    if (v instanceof StringLiteralExpr) {
                        out.add(((StringLiteralExpr) v).asString());
                    }
                }
            } else if (e instanceof StringLiteralExpr) {
                out.add(((StringLiteralExpr) e).asString());
            }
        }
        return out;
    }
}
