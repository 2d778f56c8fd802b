package dev.keepalivelint.check;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Observation;
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

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A keepalive setting is written but the framework does not apply it.";
    }

    @Override
    public String help() {
        return "Some keys exist only in some versions of a framework (grpc-spring-boot-starter 1.1.x spells the "
            + "interval keep-alive-delay; Quarkus has server permit keys only from 3.0.0), and some value forms do not "
            + "bind (a bare number for a Micronaut duration is silently dropped; 30s for grpc-spring's long seconds "
            + "before 2.3.0 stops the application with a binding error). Such a setting does nothing; the default "
            + "applies. Write the key and value the version in use reads, or upgrade.";
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
                out.add(new Finding(ID, defaultSeverity(), s.location(), message, fix, List.of(),
                    o.description() + "|" + s.kind().id() + "|not-applied"));
            }
        }
        return out;
    }
}
