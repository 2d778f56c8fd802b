package dev.keepalivelint.check;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A keepalive setting is written but the framework does not apply it: the version in use has no such key, or
 * cannot bind the value's form (a bare number where Micronaut wants a unit). The code then says one thing and the
 * client or server does its default; the other checks judge that default.
 */
public final class SettingNotAppliedCheck implements Check {
    public static final String ID = "setting-not-applied";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, Severity.WARNING,
        "A keepalive setting is written but the framework does not apply it.",
        "Some keys exist only in some versions of a framework, and some value forms do not bind: a framework "
        + "may ignore a key its version does not have, silently drop a value it cannot convert, or refuse to start "
        + "with a binding error. Such a setting does not do what it says. The message says why and what the version "
        + "in use reads; write that, or upgrade.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(Analysis analysis) {
        List<Finding> out = new ArrayList<>();
        for (Observation o : analysis.observations()) {
            for (KeepaliveSetting s : o.notApplied()) {
                String message = (o.profile() == null ? "" : "[profile " + o.profile() + "] ")
                    + s.written() + " is not applied: " + s.unresolvedReason() + ".";
                String fix = "Write " + s.kind().id() + " the way the version in use reads it (see the reason), "
                    + "or remove the line.";
                out.add(new Finding(ID, DESCRIPTOR.defaultSeverity(), s.location(), message, fix, List.of(),
                    o.description() + "|" + s.kind().id() + "|not-applied"));
            }
        }
        return out;
    }
}
