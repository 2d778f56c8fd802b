package dev.keepalivelint.link;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.Server;
import java.util.ArrayList;
import java.util.List;

/**
 * A channel whose options type says which server it meets (a Temporal channel meets a Temporal frontend) and whose
 * target is only known at run time, in a project that runs such a server itself (a docker-compose or Kubernetes
 * container of its image): that server, at the version its image gives, is the best evidence of which release the
 * client talks to; never with certainty, so no fix tells the user to change it.
 */
final class InfraServers {
    private InfraServers() {
    }

    /** Null when the target is known or the project runs no server of {@code library}. */
    static Link of(Client client, String library, String because, List<Server> servers) {
        return of(client, List.of(library), because, servers);
    }

    /** Null when the target is known or the project runs no server of one of {@code libraries}. */
    static Link of(Client client, List<String> libraries, String because, List<Server> servers) {
        if (RunTimeTargets.runTimeTarget(client) == null) {
            return null;
        }
        List<Server> candidates = new ArrayList<>();
        for (Server s : servers) {
            if (libraries.contains(s.observation().library())) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Server best = RunTimeTargets.nearest(client.location(), candidates);
        StringBuilder reason = new StringBuilder(because).append("; its target is only known at run time, and the ")
            .append("project runs one: the ").append(best.observation().description()).append(" at ")
            .append(best.location()).append(" (").append(best.explanation());
        if (best.observation().version() == null) {
            reason.append("; its image gives no version, so the newest the rules know is assumed");
        }
        reason.append(")");
        List<String> others = new ArrayList<>();
        for (Server s : candidates) {
            if (s != best && !s.policy().summary().equals(best.policy().summary())) {
                others.add("the one at " + s.location().fileName() + ":" + s.location().line() + " " + s.policy().summary());
            }
        }
        if (!others.isEmpty()) {
            reason.append("; the project runs ").append(candidates.size()).append(" of them, and they do not agree: ")
                .append(String.join("; ", others));
        }
        reason.append("; declare the real server with <servers> to be exact");
        return new Link(client, best.policy(), best, Link.Kind.SAME_PROJECT, reason.toString(), false);
    }
}
