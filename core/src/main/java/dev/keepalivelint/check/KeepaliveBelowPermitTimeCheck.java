package dev.keepalivelint.check;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.Durations;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@value #ID}; what it means is in {@link #DESCRIPTOR} and docs/rules. Compares the effective interval
 * (after the library's floor); an interval equal to the permitted one is accepted (grpc-java compares with
 * {@code <=}).
 */
public final class KeepaliveBelowPermitTimeCheck implements Check {
    public static final String ID = "keepalive-below-permit-time";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, Severity.ERROR,
        "The client's keepalive interval is shorter than the server permits.",
        "A server accepts client pings no more often than its permitted interval (permitKeepAliveTime). Each "
        + "earlier ping is a strike; after the strikes the server answers with GOAWAY ENHANCE_YOUR_CALM "
        + "\"too_many_pings\" and closes the connection. An interval equal to the permitted one is accepted; the "
        + "message gives both. Raise the client's keepAliveTime to at least the permitted interval, or let the "
        + "server permit a shorter one.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(Analysis analysis) {
        List<Finding> out = new ArrayList<>();
        for (Link link : analysis.links()) {
            Client c = link.client();
            ServerPolicy p = link.policy();
            if (!p.enforces() || p.permitKeepAliveTime() == null || !c.keepAliveTime().isKnown() || !c.pings()
                || c.keepAliveTime().value().compareTo(p.permitKeepAliveTime()) >= 0) {
                continue;
            }
            String message = Phrases.profile(c) + c.describe() + " pings more often than its server accepts: "
                + Phrases.interval(c.keepAliveTime()) + ". " + Phrases.meets(link) + " Pinging faster, "
                + Phrases.consequence(p) + "." + Phrases.remarks(c);
            String raise = c.observation().spell(SettingKind.KEEPALIVE_TIME, p.permitKeepAliveTime());
            String fix = (raise == null ? "Raise keepAliveTime to " + Durations.format(p.permitKeepAliveTime())
                : Phrases.instruction(raise, true))
                + " or more";
            String permit = link.server() != null && link.certain()
                ? Phrases.serverSpelling(link, SettingKind.PERMIT_KEEPALIVE_TIME, c.keepAliveTime().value()) : null;
            if (permit != null) {
                fix += ", or let the server at " + Phrases.shortLocation(link.server().location()) + " accept it ("
                    + permit + ")";
            }
            fix += ".";
            out.add(new Finding(ID, DESCRIPTOR.defaultSeverity(), Phrases.at(c.keepAliveTime(), c), message, fix,
                Phrases.related(link), Phrases.subject(c, SettingKind.KEEPALIVE_TIME)));
        }
        return out;
    }
}
