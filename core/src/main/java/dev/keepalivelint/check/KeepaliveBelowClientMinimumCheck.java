package dev.keepalivelint.check;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.ClientBehaviour;
import dev.keepalivelint.model.Durations;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Rule {@value #ID}; what it means is in {@link #DESCRIPTOR} and docs/rules. The floor is the client behaviour's minimumKeepAliveTime. */
public final class KeepaliveBelowClientMinimumCheck implements Check {
    public static final String ID = "keepalive-below-client-minimum";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, Severity.WARNING,
        "The written keepalive interval is below the library's minimum and is silently raised.",
        "Some client libraries raise a keepAliveTime below their minimum to that minimum without a warning, so "
        + "the code says one interval and the wire does another. The message names the library and its minimum. "
        + "Write the interval that is really used.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
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
            String fix = "Write " + (spelled == null ? min : spelled) + " (or more) so the code says what happens.";
            out.add(new Finding(ID, DESCRIPTOR.defaultSeverity(), written.location(), message, fix, List.of(),
                Phrases.subject(c, SettingKind.KEEPALIVE_TIME)));
        }
        return out;
    }
}
