package dev.keepalivelint.link;

import dev.keepalivelint.model.Durations;
import dev.keepalivelint.model.Endpoint;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Server;
import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.rules.Selection;
import java.time.Duration;
import java.util.function.Consumer;

/** Turns a server observation into a {@link Server}: the implementation's policy for the version in use, with the server's own permit settings applied. */
public final class ServerFolder {
    private final RuleBook rules;
    private final LibraryVersions versions;
    private final Consumer<String> notes;

    /** @param notes receives what was assumed when the implementation version is not covered by the rules */
    public ServerFolder(RuleBook rules, LibraryVersions versions, Consumer<String> notes) {
        this.rules = rules;
        this.versions = versions;
        this.notes = notes;
    }

    /** Null when the rules know no policy for the observation's implementation. */
    public Server fold(Observation o) {
        String version = o.version() != null ? o.version() : versions.of(o.library());
        Selection<ServerPolicy> selection = rules.serverPolicy(o.library(), version);
        if (selection == null) {
            return null;
        }
        ServerPolicy base = selection.value();
        if (selection.note() != null && version != null) {
            notes.accept(selection.note());
        }
        String defaultOf = (version == null ? base.name() : o.library() + " " + version) + " default";
        KeepaliveSetting enforced = o.last(SettingKind.ENFORCED);
        if (enforced != null && enforced.isResolved() && Boolean.FALSE.equals(enforced.flag())) {
            return new Server(o, base.notEnforcing(), Endpoint.of(o), "enforces no ping policy here: " + enforced.via()
                + " (" + enforced.written() + " at line " + enforced.location().line() + ")");
        }
        KeepaliveSetting time = o.last(SettingKind.PERMIT_KEEPALIVE_TIME);
        KeepaliveSetting idle = o.last(SettingKind.PERMIT_KEEPALIVE_WITHOUT_CALLS);
        Duration permitTime = base.permitKeepAliveTime();
        Boolean permitIdle = base.permitKeepAliveWithoutCalls();
        StringBuilder why = new StringBuilder();
        boolean notInSight = o.unknownOrigin() != null;
        if (time == null && notInSight) {
            // a builder whose creation is not in sight (a parameter, a field) may have been given permits already
            permitTime = null;
            why.append("permitted interval not known: ").append(o.unknownOrigin());
        } else if (time == null) {
            why.append("permitted interval ").append(Durations.format(permitTime)).append(" (").append(defaultOf).append(")");
        } else if (time.isResolved()) {
            permitTime = time.duration();
            why.append("permitKeepAliveTime ").append(Durations.format(permitTime)).append(" at line ")
                .append(time.location().line());
        } else {
            permitTime = null;
            why.append("permitted interval set at run time (").append(time.written()).append(")");
        }
        why.append(", ");
        if (idle == null && notInSight) {
            permitIdle = null;
            why.append("idle pings not known (created out of sight)");
        } else if (idle == null) {
            why.append(Boolean.TRUE.equals(permitIdle) ? "idle pings permitted" : "idle pings not permitted")
                .append(" (").append(defaultOf).append(")");
        } else if (idle.isResolved() && idle.flag() != null) {
            permitIdle = idle.flag();
            why.append(permitIdle ? "idle pings permitted" : "idle pings not permitted").append(" at line ")
                .append(idle.location().line());
        } else {
            permitIdle = null;
            why.append("idle pings set at run time (").append(idle.written()).append(")");
        }
        Duration asWritten = permitTime;
        ServerPolicy applied = base.withPermits(permitTime, permitIdle);
        if (asWritten != null && !asWritten.equals(applied.permitKeepAliveTime())) {
            why.append(" (").append(base.name()).append(" acts on ").append(Durations.format(asWritten)).append(" as ")
                .append(Durations.format(applied.permitKeepAliveTime())).append(")");
        }
        if (permitIdle != null && permitIdle && !base.idlePingsConfigurable()) {
            permitIdle = false;
            why.append(" — but ").append(base.name()).append(" never permits idle pings, whatever is configured");
        }
        return new Server(o, base.withPermits(permitTime, permitIdle), Endpoint.of(o), why.toString());
    }

}
