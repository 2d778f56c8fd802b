package dev.keepalivelint.check;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Rule {@value #ID}; what it means is in {@link #DESCRIPTOR} and docs/rules. Says what was seen so the user can make it checkable. */
public final class UnresolvedValueCheck implements Check {
    public static final String ID = "unresolved-value";

    private static final Set<SettingKind> KEEPALIVE = EnumSet.of(SettingKind.KEEPALIVE_TIME,
        SettingKind.KEEPALIVE_WITHOUT_CALLS, SettingKind.KEEPALIVE_ENABLED, SettingKind.PERMIT_KEEPALIVE_TIME,
        SettingKind.PERMIT_KEEPALIVE_WITHOUT_CALLS);

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, Severity.NOTE,
        "A keepalive value could not be determined statically.",
        "The value comes from a method call, a parameter, a non-final field or a placeholder the linter "
        + "cannot evaluate, so the checks that need it were skipped for that client or server. Use a literal "
        + "or a static final constant, or resolve the placeholder in the same application's configuration.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(Analysis analysis) {
        List<Finding> out = new ArrayList<>();
        for (Observation o : analysis.observations()) {
            for (SettingKind kind : KEEPALIVE) {
                KeepaliveSetting s = o.last(kind);
                if (s == null || s.isResolved()) {
                    continue;
                }
                String what = o.role() == Role.SERVER ? "server" : "client";
                String message = (o.profile() == null ? "" : "[profile " + o.profile() + "] ") + o.description()
                    + ": " + kind.id() + " could not be determined (" + s.written() + "): " + s.unresolvedReason()
                    + ". The checks that need it were skipped for this " + what + ".";
                String fix = "Write the value as a literal or a static final constant so it can be checked.";
                out.add(new Finding(ID, DESCRIPTOR.defaultSeverity(), s.location(), message, fix, List.of(),
                    o.description() + "|" + kind.id()));
            }
        }
        return out;
    }
}
