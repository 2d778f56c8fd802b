package dev.keepalivelint.link;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Server;
import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.model.SettingKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A generic gRPC client whose target is only known at run time, in a project that builds gRPC servers: the
 * candidates are the project's servers (those of its main code for a client of its main code: tests build their
 * own), plus a server outside the project that nothing names. When every candidate whose policy is known accepts
 * the client's pings, the client is paired with the nearest of them and nothing is reported: the project's own
 * servers were configured for its own clients. When they disagree, the link says it is ambiguous and takes the
 * nearest server that would strike the client, never with certainty, so no fix tells the user to change it.
 */
final class RunTimeTargets {
    private RunTimeTargets() {
    }

    /** Null when the client's target is not a run-time value or the project builds no server with a known policy. */
    static Link amongProjectServers(Client client, List<Server> servers) {
        KeepaliveSetting runtime = runTimeTarget(client);
        if (runtime == null) {
            return null;
        }
        boolean clientInTests = inTests(client.location());
        List<Server> accepting = new ArrayList<>();
        List<Server> striking = new ArrayList<>();
        int unknown = 0;
        java.util.Set<Location> seen = new java.util.HashSet<>();
        for (Server s : servers) {
            // a configuration file's profiles are one server, told once
            if (!clientInTests && inTests(s.location()) || !seen.add(s.location())) {
                continue;
            }
            ServerPolicy p = s.policy();
            if (strikes(p, client)) {
                striking.add(s);
            } else if (p.enforces() && (p.permitKeepAliveTime() == null || p.permitKeepAliveWithoutCalls() == null)) {
                unknown++;
            } else {
                accepting.add(s);
            }
        }
        if (accepting.isEmpty() && striking.isEmpty()) {
            return null;
        }
        int known = accepting.size() + striking.size();
        String lead = "its target is only known at run time (" + runtime.written() + "); of the "
            + (clientInTests ? "" : "main code's ") + "gRPC servers the project builds, ";
        String unknownPart = unknown == 0 ? "" : " (and " + unknown + " whose policy is not known)";
        String outside = "; a server outside the project may differ (declare the real server with <servers> to be exact)";
        if (striking.isEmpty()) {
            Server best = nearest(client.location(), accepting);
            String reason = lead + (known == 1 ? "the only one whose policy is known accepts"
                : (known == 2 ? "both" : "all " + known) + " whose policy is known accept")
                + " its pings" + unknownPart + ", so it is taken to meet one of them, the nearest built at "
                + best.location() + " (" + best.explanation() + ")" + outside;
            return new Link(client, best.policy(), best, Link.Kind.SAME_PROJECT, reason, false);
        }
        Server best = nearest(client.location(), striking);
        StringBuilder reason = new StringBuilder(lead);
        if (accepting.isEmpty()) {
            reason.append(known == 1 ? "the only one whose policy is known does not accept its pings"
                : "none of the " + known + " whose policy is known accepts its pings").append(unknownPart);
        } else {
            reason.append("which one it meets is ambiguous: ").append(accepting.size()).append(" of ").append(known)
                .append(accepting.size() == 1 ? " accepts" : " accept").append(" its pings (such as the one at ").append(shortPlace(accepting.get(0).location()))
                .append(") and ").append(striking.size()).append(striking.size() == 1 ? " does not" : " do not")
                .append(unknownPart);
        }
        reason.append("; assumed: the nearest that does not, built at ").append(best.location()).append(" (")
            .append(best.explanation()).append(")").append(outside);
        return new Link(client, best.policy(), best, Link.Kind.SAME_PROJECT, reason.toString(), false);
    }

    /** The target or port setting that is only known at run time, or null when the target is known. */
    private static KeepaliveSetting runTimeTarget(Client client) {
        if (client.endpoint() != null && client.endpoint().port() != null) {
            return null;
        }
        KeepaliveSetting target = client.observation().last(SettingKind.TARGET);
        KeepaliveSetting port = client.observation().last(SettingKind.PORT);
        if (target != null && !target.isResolved()) {
            return target;
        }
        return port != null && !port.isResolved() ? port : null;
    }

    /** Whether a server of policy {@code p} strikes the client's pings (as the permit and idle checks decide). */
    private static boolean strikes(ServerPolicy p, Client c) {
        if (!p.enforces()) {
            return false;
        }
        boolean timeKnown = c.keepAliveTime().isKnown() && c.pings();
        boolean tooOften = timeKnown && p.permitKeepAliveTime() != null
            && c.keepAliveTime().value().compareTo(p.permitKeepAliveTime()) < 0;
        boolean idle = c.keepAliveWithoutCalls().isKnown() && Boolean.TRUE.equals(c.keepAliveWithoutCalls().value())
            && Boolean.FALSE.equals(p.permitKeepAliveWithoutCalls());
        boolean idleTooOften = idle && (!c.keepAliveTime().isKnown() && c.keepAliveTime().setting() != null
            || timeKnown && c.keepAliveTime().value().compareTo(p.idleAllowance()) < 0);
        return tooOften || idleTooOften;
    }

    private static Server nearest(Location at, List<Server> candidates) {
        Server best = null;
        int bestTier = Integer.MAX_VALUE;
        for (Server s : candidates) {
            int tier = Nearness.tier(at, s.location());
            if (tier < bestTier || tier == bestTier && s.location().compareTo(best.location()) < 0) {
                best = s;
                bestTier = tier;
            }
        }
        return best;
    }

    /** Code under a test source root (src/test/..., src/it/..., src/integrationTest/...). */
    static boolean inTests(Location at) {
        String p = "/" + at.path();
        return p.contains("/src/test/") || p.contains("/src/it/") || p.contains("/src/integrationTest/")
            || p.contains("/src/testFixtures/");
    }

    private static String shortPlace(Location at) {
        return at.fileName() + ":" + at.line();
    }
}
