package dev.keepalivelint.link;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.Endpoint;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.Server;
import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.rules.Library;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.rules.Selection;
import dev.keepalivelint.rules.VersionRange;
import java.util.List;

/**
 * Pairs each client with the server policy it will meet, in order: a server of this project listening on
 * the client's port; the server the client's kind implies (a jetcd client talks to etcd); the default gRPC
 * server policy. Every link says why it was chosen.
 */
public final class Linker {
    private final RuleBook rules;
    private final List<Server> servers;

    public Linker(RuleBook rules, List<Server> servers) {
        this.rules = rules;
        this.servers = servers;
    }

    public Link link(Client client) {
        Server server = sameProjectServer(client.endpoint());
        if (server != null) {
            return new Link(client, server.policy(), server, Link.Kind.SAME_PROJECT,
                "it connects to port " + client.endpoint().port() + ", where the server built at "
                    + server.location() + " listens (" + server.explanation() + ")");
        }
        Library library = rules.library(client.observation().library());
        String meets = library == null ? null : library.meets();
        Server own = meets == null ? null : sameGroupServer(client, meets);
        if (own != null) {
            return new Link(client, own.policy(), own, Link.Kind.SAME_PROJECT,
                "a " + library.name() + " meets the " + rules.library(meets).name() + " server configured with it, at "
                    + own.location() + " (" + own.explanation() + ")");
        }
        if (meets != null && !meets.equals("default")) {
            Selection<ServerPolicy> policy = rules.serverPolicy(meets, null);
            if (policy != null) {
                ServerPolicy p = policy.value();
                return new Link(client, p, null, Link.Kind.CLIENT_KIND,
                    library.name() + " clients talk to " + rules.library(meets).name() + " (assumed "
                        + VersionRange.describe(p.versions()) + ")");
            }
        }
        ServerPolicy p = rules.defaultServerPolicy();
        return new Link(client, p, null, Link.Kind.DEFAULT,
            "nothing in the project says which server it talks to; grpc-java, grpc-go and gRPC core servers "
                + "share these defaults");
    }

    /** A server of library {@code library} from the client's own configuration unit (same application and profile). */
    private Server sameGroupServer(Client client, String library) {
        String group = client.observation().group();
        if (group == null) {
            return null;
        }
        for (Server s : servers) {
            if (group.equals(s.observation().group()) && s.observation().library().equals(library)) {
                return s;
            }
        }
        return null;
    }

    private Server sameProjectServer(Endpoint target) {
        if (target == null || target.port() == null) {
            return null;
        }
        for (Server s : servers) {
            if (s.endpoint() != null && target.port().equals(s.endpoint().port())) {
                return s;
            }
        }
        return null;
    }
}
