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
 * Rule {@value #ID}; what it means is in {@link #DESCRIPTOR} and docs/rules. Reported only when the server's
 * policy enforces, does not permit idle pings, and the client pings faster than the policy's idle allowance.
 */
public final class PingWithoutCallsCheck implements Check {
    public static final String ID = "ping-without-calls";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, Severity.ERROR,
        "The client pings on idle connections and the server it meets does not permit that.",
        "A client with keepAliveWithoutCalls on keeps pinging while no call is active. A server that does not "
        + "permit idle pings accepts only one such ping per idle allowance; each earlier one is a strike, and "
        + "after the strikes the server answers with GOAWAY ENHANCE_YOUR_CALM \"too_many_pings\" and closes the "
        + "connection. The message names the server "
        + "assumed and its policy. Turn keepAliveWithoutCalls off, let the server permit idle pings, or ping no "
        + "more often than the idle allowance.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public List<Finding> run(Analysis analysis) {
        List<Finding> out = new ArrayList<>();
        for (Link link : analysis.links()) {
            Client c = link.client();
            ServerPolicy p = link.policy();
            // An interval written but only known at run time is decided too: idle pings are held to the idle
            // allowance, so any interval below it is struck.
            boolean intervalAtRunTime = !c.keepAliveTime().isKnown() && c.keepAliveTime().setting() != null
                && c.keepAliveTime().setting().kind() == SettingKind.KEEPALIVE_TIME;
            if (!p.enforces() || !c.keepAliveWithoutCalls().isKnown()
                || !Boolean.TRUE.equals(c.keepAliveWithoutCalls().value())
                || !Boolean.FALSE.equals(p.permitKeepAliveWithoutCalls())
                || !intervalAtRunTime && (!c.keepAliveTime().isKnown() || !c.pings()
                    || c.keepAliveTime().value().compareTo(p.idleAllowance()) >= 0)) {
                continue;
            }
            String interval = intervalAtRunTime
                ? Phrases.intervalAtRunTime(c.keepAliveTime().setting()) + "; this holds whatever the interval is, "
                    + "unless it is " + Durations.format(p.idleAllowance()) + " or more"
                : Phrases.interval(c.keepAliveTime());
            String message = Phrases.profile(c) + c.describe() + " pings idle connections: "
                + Phrases.idlePings(c.keepAliveWithoutCalls()) + ", " + interval + ". "
                + Phrases.meets(link) + " With no call active, "
                + Phrases.consequence(p) + "." + Phrases.remarks(c);
            String off = c.observation().spell(SettingKind.KEEPALIVE_WITHOUT_CALLS, false);
            // A client whose idle pings are its pings (Dubbo's heartbeat): the interval is the only thing to change.
            String stop = off == null && c.behaviour().offAtOrBelow() != null
                ? c.observation().spell(SettingKind.KEEPALIVE_TIME, c.behaviour().offAtOrBelow()) : null;
            List<String> fixes = new ArrayList<>();
            if (off != null) {
                fixes.add(Phrases.instruction(off, false) + " so the client stops pinging while no call is active");
            } else if (stop != null) {
                fixes.add(Phrases.instruction(stop, false) + " (or less) to stop all its pings (it pings whether or not a "
                    + "call is active, so its idle pings cannot be stopped alone)");
            }
            if (p.idlePingsConfigurable() && link.server() != null && link.certain()) {
                fixes.add("let the server at " + Phrases.shortLocation(link.server().location()) + " permit idle pings ("
                    + Phrases.serverSpelling(link, SettingKind.PERMIT_KEEPALIVE_WITHOUT_CALLS, true) + ")");
            } else if (p.idlePingsConfigurable()) {
                fixes.add("if the server does permit idle pings, declare it so this check knows");
            }
            String fix = fixes.isEmpty() ? "" : capitalize(String.join(", or ", fixes)) + ". ";
            if (off == null && stop == null) {
                fix += "This client's idle pings cannot be configured. ";
            }
            if (!p.idlePingsConfigurable()) {
                fix += p.name() + " cannot be configured to permit idle pings. ";
            }
            String rarely = stop == null ? null : c.observation().spell(SettingKind.KEEPALIVE_TIME, p.idleAllowance());
            fix += rarely != null ? "Or " + Phrases.instruction(rarely, false) + " or more: pinging no more often than every "
                + Durations.format(p.idleAllowance()) + " while idle is also accepted."
                : "Pinging no more often than every " + Durations.format(p.idleAllowance())
                + " while idle would also be accepted.";
            out.add(new Finding(ID, DESCRIPTOR.defaultSeverity(), Phrases.at(c.keepAliveWithoutCalls(), c), message, fix,
                Phrases.related(link), Phrases.subject(c, SettingKind.KEEPALIVE_WITHOUT_CALLS)));
        }
        return out;
    }
}
