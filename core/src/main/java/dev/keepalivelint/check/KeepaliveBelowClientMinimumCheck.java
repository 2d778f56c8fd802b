package dev.keepalivelint.check;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.ClientBehaviour;
import dev.keepalivelint.model.Durations;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The written keepalive interval is below the library's floor and is silently raised: the code says one thing, the wire does another. */
public final class KeepaliveBelowClientMinimumCheck implements Check {
    public static final String ID = "keepalive-below-client-minimum";

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
        return "The written keepalive interval is below the library's minimum and is silently raised.";
    }

    @Override
    public String help() {
        return "grpc-java (and clients built on it, such as jetcd) raise any keepAliveTime below 10 seconds to 10 "
            + "seconds without a warning. The code then says one interval and the wire does another; write the "
            + "interval that is really used.";
    }

    @Override
    public List<Finding> run(Analysis analysis) {
        List<Finding> out = new ArrayList<>();
        for (Link link : analysis.links()) {
            Client c = link.client();
            ClientBehaviour b = c.behaviour();
            KeepaliveSetting written = c.keepAliveTime().setting();
            if (b.minimumKeepAliveTime() == null || written == null || !written.isResolved()
                || c.keepAliveTime().value() == null) {
                continue;
            }
            Duration d = written.duration();
            if (d == null || d.compareTo(b.minimumKeepAliveTime()) >= 0) {
                continue;
            }
            String min = Durations.format(b.minimumKeepAliveTime());
            String message = Phrases.profile(c) + c.describe() + ": keepAliveTime is written as " + Durations.format(d)
                + " (" + written.written() + (written.via() == null ? "" : ", from " + written.via()) + "), but "
                + b.name() + " raises anything below " + min + " to " + min
                + ": the code says " + Durations.format(d) + ", the wire does " + min + ".";
            String spelled = c.observation().spell(SettingKind.KEEPALIVE_TIME, b.minimumKeepAliveTime());
            String fix = (spelled == null ? "Write " + min : Phrases.instruction(spelled, true))
                + " (or more) so the code says what happens.";
            out.add(new Finding(ID, defaultSeverity(), written.location(), message, fix, List.of(),
                Phrases.subject(c, SettingKind.KEEPALIVE_TIME)));
        }
        return out;
    }
}
