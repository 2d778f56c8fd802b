package dev.keepalivelint.link;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.Endpoint;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Server;
import dev.keepalivelint.model.SettingKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the project's servers a client connects to. Through a port read from the same place at run time
 * (a variable or field both builders use, a server's own getPort()): certain. Through the same port number on
 * this machine: the nearest server (same file, then package, source root, module), certain only when it is the
 * only one there; when several could be the one, the link says so and whether they agree, and fixes leave the
 * server alone. Renaming a file never changes the verdict: ties go to the nearest, not the first path.
 */
final class ProjectServers {
    private ProjectServers() {
    }

    /** The server whose port the client reads from the same variable, field or server instance; null if none. */
    static Link throughSharedPort(Client client, List<Server> servers) {
        Set<String> sources = portSources(client.observation());
        if (sources.isEmpty()) {
            return null;
        }
        List<Server> candidates = new ArrayList<>();
        String via = null;
        for (Server s : servers) {
            for (String source : portSources(s.observation())) {
                if (sources.contains(source)) {
                    candidates.add(s);
                    via = source;
                    break;
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        String[] parts = via.split("\\|", 3);
        String read = parts[0].equals("server")
            ? "it connects to the port of `" + parts[1] + "` (" + shortPlace(parts[2]) + "), the server built at "
            : "it reads its port from `" + parts[1] + "` (" + shortPlace(parts[2]) + "), like the server built at ";
        return choose(client, candidates, read);
    }

    /** The nearest server listening on the client's port of this machine (or of the host the server names). */
    static Link onTheSamePort(Client client, List<Server> servers) {
        Endpoint target = client.endpoint();
        if (target == null || target.port() == null) {
            return null;
        }
        List<Server> candidates = new ArrayList<>();
        for (Server s : servers) {
            Endpoint listen = s.endpoint();
            if (listen == null || !target.port().equals(listen.port())) {
                continue;
            }
            boolean sameHost = target.host() != null && listen.host() != null
                && target.host().equalsIgnoreCase(listen.host());
            if (target.isLoopback() || sameHost) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        String from = portOrigin(client.observation());
        return choose(client, candidates, "it connects to " + target
            + (from.isEmpty() ? "" : " (" + from + ")") + ", where the server built at ",
            " listens (", true, true);
    }

    /**
     * A client whose target is only known at run time, in a module that builds servers whose port is only known at
     * run time too: a framework's client and server (an RPC library's transport) usually talk to each other, so the
     * nearest such server is assumed, never with certainty. Null when the module builds no such server.
     */
    static Link sameModuleAtRunTime(Client client, List<Server> servers) {
        if (!atRunTime(client.observation(), client.endpoint())) {
            return null;
        }
        List<Server> candidates = new ArrayList<>();
        for (Server s : servers) {
            if (atRunTime(s.observation(), s.endpoint())
                && Nearness.tier(client.location(), s.location()) <= Nearness.SAME_MODULE) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        return choose(client, candidates, "its target is only known at run time, as is the port of the server of the "
            + "same module built at ", " (", false, false);
    }

    /** The port (and for a client, the target) is written but only known at run time. */
    private static boolean atRunTime(Observation o, Endpoint endpoint) {
        KeepaliveSetting target = o.last(SettingKind.TARGET);
        KeepaliveSetting port = o.last(SettingKind.PORT);
        if (port != null && port.isResolved() && port.via() != null && port.via().startsWith("by default")) {
            return true;  // a default the configuration may change (options.getPort(), getOrDefault(KEY, 9090))
        }
        boolean portAtRunTime = port != null && !port.isResolved();
        return (endpoint == null || endpoint.port() == null) && (portAtRunTime || target != null && !target.isResolved());
    }

    private static Link choose(Client client, List<Server> candidates, String lead) {
        return choose(client, candidates, lead, " listens (", true, false);
    }

    /** @param showPort say where the server's port number comes from (when the pairing is by that number) */
    private static Link choose(Client client, List<Server> candidates, String lead, String verb, boolean canBeCertain,
                               boolean showPort) {
        Location at = client.location();
        Server best = null;
        int bestTier = Integer.MAX_VALUE;
        int atBest = 0;
        for (Server s : candidates) {
            int tier = Nearness.tier(at, s.location());
            if (tier < bestTier) {
                best = s;
                bestTier = tier;
                atBest = 1;
            } else if (tier == bestTier) {
                atBest++;
                if (s.location().compareTo(best.location()) < 0) {
                    best = s;
                }
            }
        }
        boolean certain = canBeCertain && (candidates.size() == 1 || bestTier == Nearness.SAME_FILE && atBest == 1);
        String port = showPort ? portOrigin(best.observation()) : "";
        StringBuilder reason = new StringBuilder(lead).append(best.location()).append(verb)
            .append(port.isEmpty() ? "" : port + "; ").append(best.explanation()).append(")");
        if (!canBeCertain) {
            reason.append("; assumed because a framework's client and server usually talk to each other (declare the "
                + "real server with <servers> to be exact)");
            if (candidates.size() > 1) {
                String disagreement = disagreement(candidates, best);
                reason.append("; ").append(candidates.size()).append(" such servers, this one ")
                    .append(Nearness.describe(bestTier))
                    .append(disagreement.isEmpty() ? ", all with the same policy" : "; they do not agree: " + disagreement);
            }
        } else if (!certain) {
            reason.append("; ").append(candidates.size()).append(" servers of the project listen there, and this one is ")
                .append(atBest == 1 ? "the nearest (" + Nearness.describe(bestTier) + ")"
                    : "one of " + atBest + " as near (" + Nearness.describe(bestTier) + ")")
                .append(", so it is assumed");
            String disagreement = disagreement(candidates, best);
            reason.append(disagreement.isEmpty() ? "; they all enforce the same policy"
                : "; they do not agree: " + disagreement);
        }
        return new Link(client, best.policy(), best, Link.Kind.SAME_PROJECT, reason.toString(), certain);
    }

    /**
     * "port 50051 from constant Ports.GREETER (Ports.java:7)" when a builder's port number is not written where it is
     * built: a pairing by that number rests on it, so the reader sees where it was found (through a constructor call
     * such as {@code new GrpcServer(50051)} in another method, for one). Empty when written in place.
     */
    private static String portOrigin(Observation o) {
        KeepaliveSetting port = o.last(SettingKind.PORT);
        if (port == null || !port.isResolved() || port.via() == null || port.via().startsWith("by default")) {
            return "";
        }
        return "port " + port.value() + " from " + port.via();
    }

    /** "the server at B.java:12 accepts a ping every 5s at most, ..." for each policy that differs from the chosen one. */
    private static String disagreement(List<Server> candidates, Server chosen) {
        Map<String, Server> byPolicy = new LinkedHashMap<>();
        for (Server s : candidates) {
            byPolicy.putIfAbsent(s.policy().summary(), s);
        }
        byPolicy.remove(chosen.policy().summary());
        List<String> others = new ArrayList<>();
        for (Server s : byPolicy.values()) {
            if (others.size() == 3) {
                others.add("and more");
                break;
            }
            others.add("the server at " + s.location().fileName() + ":" + s.location().line() + " "
                + s.policy().summary());
        }
        return String.join("; ", others);
    }

    private static Set<String> portSources(Observation o) {
        Set<String> out = new LinkedHashSet<>();
        for (KeepaliveSetting s : o.settings()) {
            if (s.kind() == SettingKind.PORT_SOURCE && s.text() != null) {
                out.add(s.text());
            }
        }
        return out;
    }

    /** "ControllerImplTest.java:186" from "dir/ControllerImplTest.java:186:17". */
    private static String shortPlace(String place) {
        String[] p = place.split(":");
        String path = p.length > 0 ? p[0] : place;
        String line = p.length > 1 ? p[1] : "";
        return path.substring(path.lastIndexOf('/') + 1) + (line.isEmpty() ? "" : ":" + line);
    }
}
