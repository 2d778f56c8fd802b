package dev.keepalivelint.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.SettingKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The types of the objects a target expression reads its value from: {@code options.getTarget()} where
 * {@code options} is declared as a {@code ServiceStubsOptions}. Recorded as {@link SettingKind#TARGET_TYPE}
 * settings (each name the declared type may resolve to), so that the linker can tell from the rules which
 * server a channel whose target is only known at run time is built for.
 */
final class TargetTypes {
    private TargetTypes() {
    }

    static void add(Expression target, Location at, JavaSources sources, List<KeepaliveSetting> out) {
        List<MethodCallExpr> calls = new ArrayList<>();
        if (target instanceof MethodCallExpr) {
            calls.add((MethodCallExpr) target);
        }
        calls.addAll(target.findAll(MethodCallExpr.class, m -> m != target));
        for (MethodCallExpr call : calls) {
            if (!call.getArguments().isEmpty() || call.getScope().isEmpty()) {
                continue;
            }
            Node decl = Scopes.declarationOf(call.getScope().get());
            Type type = decl == null ? null : Scopes.typeOf(decl);
            if (type == null || !type.isClassOrInterfaceType()) {
                continue;
            }
            String written = type.asClassOrInterfaceType().getNameWithScope();
            for (String candidate : Names.of(call, sources).resolveType(written)) {
                out.add(KeepaliveSetting.resolved(SettingKind.TARGET_TYPE, candidate, call.toString(), at, null));
            }
        }
    }
}
