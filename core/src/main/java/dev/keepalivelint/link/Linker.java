package dev.keepalivelint.link;

import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.Durations;
import dev.keepalivelint.model.Endpoint;
import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.Server;
import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.rules.Library;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.rules.Selection;
import dev.keepalivelint.rules.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Pairs each client with the server policy it will meet, in order: a server the user declared for the
 * client's target; a server of this project the client connects to (same port on a loopback or the same
 * host, or, for clients whose kind implies a server, the one configured with them); the server the client's
 * kind implies (a jetcd client talks to etcd; a plain channel whose target is read from a library's options type
 * talks to that library's server, {@link OptionsTargets}: the one the project's infrastructure runs when the
 * target is only known at run time, {@link InfraServers}, else the newest release); a declared default server; for a target only known at run time,
 * a server of the client's module whose port is too, or else the project's servers ({@link RunTimeTargets}); the
 * default gRPC server policy.
 * Every link says why it was chosen.
 */
public final class Linker {
    private final RuleBook rules;
    private final List<Server> servers;
    private final List<Declared> declared = new ArrayList<>();
    /** Declared servers some client's target matched, and the targets seen, to report declarations that match nothing. */
    private final java.util.Set<String> matched = new java.util.HashSet<>();
    private final java.util.Set<String> targetsSeen = new java.util.TreeSet<>();
    private final Consumer<String> notes;

    /** A declared server with the policy it stands for. */
    private static final class Declared {
        final DeclaredServer server;
        final ServerPolicy policy;
        final String explanation;

        Declared(DeclaredServer server, ServerPolicy policy, String explanation) {
            this.server = server;
            this.policy = policy;
            this.explanation = explanation;
        }
    }

    /**
     * @param declarations servers the user declared, most important first (build configuration before rules files)
     * @param notes        receives what was assumed for declared versions the rules do not cover
     */
    public Linker(RuleBook rules, List<Server> servers, List<DeclaredServer> declarations, Consumer<String> notes) {
        this.rules = rules;
        this.servers = servers;
        this.notes = notes;
        for (DeclaredServer d : declarations) {
            Selection<ServerPolicy> base = rules.serverPolicy(d.implementation(), d.version());
            if (base == null) {
                notes.accept("declared server '" + d.id() + "' (" + d.declaredAt() + "): no policy for implementation '"
                    + d.implementation() + "'; ignored");
                continue;
            }
            if (base.note() != null && d.version() != null) {
                notes.accept("declared server '" + d.id() + "': " + base.note());
            }
            ServerPolicy p = base.value();
            StringBuilder why = new StringBuilder(p.name());
            why.append(d.version() == null ? "" : " " + d.version());
            java.time.Duration permit = d.permitKeepAliveTime() != null ? d.permitKeepAliveTime() : p.permitKeepAliveTime();
            Boolean idle = d.permitKeepAliveWithoutCalls() != null ? d.permitKeepAliveWithoutCalls()
                : p.permitKeepAliveWithoutCalls();
            if (d.permitKeepAliveTime() != null) {
                why.append(", permitKeepAliveTime ").append(Durations.format(permit));
            }
            if (d.permitKeepAliveWithoutCalls() != null) {
                why.append(", permitKeepAliveWithoutCalls ").append(idle);
            }
            if (Boolean.TRUE.equals(idle) && !p.idlePingsConfigurable()) {
                idle = false;
                notes.accept("declared server '" + d.id() + "': " + p.name() + " never permits idle pings; "
                    + "permitKeepAliveWithoutCalls true was not applied");
                why.append(" (not applied: ").append(p.name()).append(" never permits idle pings)");
            }
            declared.add(new Declared(d, p.withPermits(permit, idle), why.toString()));
        }
    }

    /**
     * Lines saying which of {@code declarations} (servers with targets) no client's target matched, with the
     * targets that were seen: such a declaration changes nothing, which is almost always a mistake in its globs.
     * Call after every client is linked.
     */
    public List<String> unmatched(List<DeclaredServer> declarations) {
        List<String> out = new ArrayList<>();
        for (DeclaredServer d : declarations) {
            // with no client target known (none, or none resolved) there is nothing to judge the globs by
            if (d.isDefault() || d.targets().isEmpty() || targetsSeen.isEmpty()
                || matched.contains(d.id() + "@" + d.declaredAt())) {
                continue;
            }
            List<String> seen = new ArrayList<>(targetsSeen);
            String targets = "client targets are " + String.join(", ", seen.subList(0, Math.min(5, seen.size())))
                + (seen.size() > 5 ? " and " + (seen.size() - 5) + " more" : "");
            out.add("warning: the server '" + d.id() + "' declared at " + d.declaredAt() + " matches no client: its targets "
                + d.targets() + " are globs on host and port (write orders:* for any port); " + targets);
        }
        return out;
    }

    public Link link(Client client) {
        Endpoint target = client.endpoint();
        if (target != null) {
            targetsSeen.add(target.toString());
        }
        for (Declared d : declared) {
            if (d.server.matches(target)) {
                matched.add(d.server.id() + "@" + d.server.declaredAt());
                return new Link(client, d.policy, null, Link.Kind.DECLARED, "it connects to " + target
                    + ", which matches the server '" + d.server.id() + "' declared at " + d.server.declaredAt()
                    + " (" + d.explanation + ")");
            }
        }
        Library library = rules.library(client.observation().library());
        String meets = library == null ? null : library.meets();
        boolean loopbackRedirect = library != null && library.meetsOnLoopback() != null && target != null
            && target.isLoopback();
        if (loopbackRedirect) {
            meets = library.meetsOnLoopback();
        }
        Server own = meets == null ? null : sameGroupServer(client, meets);
        if (own != null) {
            return new Link(client, own.policy(), own, Link.Kind.SAME_PROJECT,
                "a " + client.behaviour().name() + " meets the " + rules.library(meets).name() + " server configured with it, at "
                    + own.location() + " (" + own.explanation() + ")");
        }
        Server named = ServiceNames.serverFor(target, servers, rules.infra().etcd() == null ? List.of()
            : rules.infra().etcd().dnsSuffixes());
        if (named != null) {
            return new Link(client, named.policy(), named, Link.Kind.SAME_PROJECT, "it connects to " + target
                + ", a name of the " + named.observation().description() + " at " + named.location() + " ("
                + named.explanation() + ")");
        }
        Link shared = ProjectServers.throughSharedPort(client, servers);
        if (shared != null) {
            return shared;
        }
        Link nearest = ProjectServers.onTheSamePort(client, servers);
        if (nearest != null) {
            return nearest;
        }
        OptionsTargets.Owner owner = meets == null || meets.equals("default") ? OptionsTargets.ownerOf(client, rules) : null;
        if (owner != null) {
            meets = owner.library.meets();
        }
        if (meets != null && !meets.equals("default") && rules.library(meets) != null) {
            String because = (owner != null ? owner.because() + ", so it talks to "
                : "a " + client.behaviour().name() + " talks to ") + rules.library(meets).name();
            // Only for a channel known by its options type: a library client of unknown version (the SDK's own
            // tests in its own repository) would be judged by the newest library's defaults against an old server.
            Link run = owner == null ? null : InfraServers.of(client, meets, because, servers);
            if (run != null) {
                return run;
            }
            Link overTls = owner == null ? overTls(client, library, because) : null;
            if (overTls != null) {
                return overTls;
            }
            Selection<ServerPolicy> policy = rules.serverPolicy(meets, null);
            if (policy != null) {
                ServerPolicy p = policy.value();
                String assumed = owner != null
                    ? "; nothing in the project says which release, so the newest is assumed (" + p.name() + ", "
                        + VersionRange.describe(p.versions()) + "; declare the server to be exact)"
                    : " (assumed " + VersionRange.describe(p.versions()) + "; declare the server to be exact)";
                return new Link(client, p, null, Link.Kind.CLIENT_KIND, because + assumed);
            }
        }
        for (Declared d : declared) {
            if (d.server.isDefault()) {
                return new Link(client, d.policy, null, Link.Kind.DECLARED, "no declared or project server matches "
                    + (target == null ? "its target" : target) + ", so the default server '" + d.server.id()
                    + "' declared at " + d.server.declaredAt() + " applies (" + d.explanation + ")");
            }
        }
        Link guessed = ProjectServers.sameModuleAtRunTime(client, servers);
        if (guessed != null) {
            return guessed;
        }
        Link among = RunTimeTargets.amongProjectServers(client, servers);
        if (among != null) {
            return among;
        }
        ServerPolicy p = rules.defaultServerPolicy();
        if (loopbackRedirect) {
            return new Link(client, p, null, Link.Kind.DEFAULT, "it connects to " + target + " on this machine, an "
                + "emulator or a local server rather than " + rules.library(library.meets()).name()
                + ", and grpc-java, grpc-go and gRPC core servers share these defaults (declare the real server with "
                + "<servers> to be exact)");
        }
        return new Link(client, p, null, Link.Kind.DEFAULT, whyDefault(client)
            + "; grpc-java, grpc-go and gRPC core servers share these defaults (declare the real server, with "
            + "<servers> in the POM or --server on the command line, to be exact)");
    }

    /**
     * The server a client that uses TLS meets by its kind, when its library says TLS changes it (etcd serves client
     * TLS on its shared listener, where it enforces nothing), with a note: the assumption decides that nothing is
     * reported, so the user learns it. A client whose target is only known at run time in a project that runs such
     * servers meets the nearest of them instead ({@link InfraServers}). Null when the library has no such server or
     * nothing says the client uses TLS.
     */
    private Link overTls(Client client, Library library, String because) {
        String tls = library == null || library.meetsOverTls() == null ? null : TransportSecurity.evidence(client);
        Selection<ServerPolicy> policy = tls == null ? null : rules.serverPolicy(library.meetsOverTls(), null);
        if (policy == null) {
            return null;
        }
        // An etcd the project runs (its flags say whether client TLS shares the listener) is better evidence.
        Link run = InfraServers.of(client, List.of(library.meets(), library.meetsOverTls()),
            because + ", and it uses TLS (" + tls + ")", servers);
        if (run != null) {
            return run;
        }
        ServerPolicy p = policy.value();
        String reason = because + ", and it uses TLS (" + tls + ")" + (p.caveat() == null ? "" : ": " + p.caveat())
            + "; declare the server to be exact";
        if (!p.enforces()) {
            notes.accept(client.behaviour().name() + " " + client.observation().description() + " at "
                + client.location().fileName() + ":" + client.location().line() + " gets no keepalive finding: it is "
                + "assumed to meet the " + p.name() + ", because " + reason);
        }
        return new Link(client, p, null, Link.Kind.CLIENT_KIND, reason);
    }

    /** Why no server of the project was paired, in the terms of what the code says about the target. */
    private static String whyDefault(Client client) {
        KeepaliveSetting target = client.observation().last(SettingKind.TARGET);
        KeepaliveSetting port = client.observation().last(SettingKind.PORT);
        if (target != null && !target.isResolved() || client.endpoint() == null && port != null && !port.isResolved()) {
            KeepaliveSetting runtime = target != null && !target.isResolved() ? target : port;
            return "its target is only known at run time (" + runtime.written() + "), and no server of the project "
                + "is known to listen there";
        }
        if (client.endpoint() != null && client.endpoint().port() == null && port != null && !port.isResolved()) {
            return "it connects to " + client.endpoint().host() + " on a port only known at run time (" + port.written()
                + "), and no server of the project is known to listen there";
        }
        if (client.endpoint() != null) {
            return "it connects to " + client.endpoint() + ", where no server of the project or declared server listens";
        }
        return "nothing in the project says which server it talks to";
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
}
