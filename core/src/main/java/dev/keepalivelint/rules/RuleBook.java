package dev.keepalivelint.rules;

import dev.keepalivelint.model.ClientBehaviour;
import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.ServerPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the linter knows, loaded from the shipped rules file and any user rules files: server policies
 * and client behaviour by version, libraries, and how builders look in Java code.
 */
public final class RuleBook {
    private final String rulesVersion;
    private final String fingerprint;
    private final String defaultServer;
    private final Map<String, Library> libraries;
    private final List<ServerPolicy> servers;
    private final List<ClientBehaviour> clients;
    private final List<JavaBuilderSpec> javaBuilders;
    private final List<ConfigDialect> configDialects;
    private final List<DeclaredServer> declarations;
    private final InfraRules infra;

    RuleBook(String rulesVersion, String fingerprint, String defaultServer, Map<String, Library> libraries,
             List<ServerPolicy> servers, List<ClientBehaviour> clients, List<JavaBuilderSpec> javaBuilders,
             List<ConfigDialect> configDialects, List<DeclaredServer> declarations, InfraRules infra) {
        this.infra = infra == null ? InfraRules.NONE : infra;
        this.rulesVersion = rulesVersion;
        this.fingerprint = fingerprint;
        this.defaultServer = defaultServer;
        this.libraries = new LinkedHashMap<>(libraries);
        this.servers = List.copyOf(servers);
        this.clients = List.copyOf(clients);
        this.javaBuilders = List.copyOf(javaBuilders);
        this.configDialects = List.copyOf(configDialects);
        this.declarations = List.copyOf(declarations);
    }

    /** What the rules say about infrastructure files (Kubernetes manifests, Helm values, flags). */
    public InfraRules infra() {
        return infra;
    }

    /** Servers declared in rules files (user rules files usually): which targets they serve and their policy. */
    public List<DeclaredServer> declarations() {
        return declarations;
    }

    /** The version of the shipped rules data. */
    public String rulesVersion() {
        return rulesVersion;
    }

    /** A hash of every rules file's content; changes whenever any rule changes. */
    public String fingerprint() {
        return fingerprint;
    }

    public Library library(String id) {
        return libraries.get(id);
    }

    public Map<String, Library> libraries() {
        return libraries;
    }

    public List<ServerPolicy> servers() {
        return servers;
    }

    public List<ClientBehaviour> clients() {
        return clients;
    }

    public List<JavaBuilderSpec> javaBuilders() {
        return javaBuilders;
    }

    /** How frameworks spell keepalive in configuration files, in the order they are tried. */
    public List<ConfigDialect> configDialects() {
        return configDialects;
    }

    /** The library whose policy stands for "a default gRPC server". */
    public String defaultServerLibrary() {
        return defaultServer;
    }

    /** The default gRPC server policy (newest version of the default server library). */
    public ServerPolicy defaultServerPolicy() {
        return serverPolicy(defaultServer, null).value();
    }

    /** The policy of {@code library} for {@code version} (null = unknown), or null when the rules know no policy for it. */
    public Selection<ServerPolicy> serverPolicy(String library, String version) {
        return select(servers, library, version, ServerPolicy::library, ServerPolicy::versions, ServerPolicy::id);
    }

    /** The behaviour of client library {@code library} at {@code version} (null = unknown), or null. */
    public Selection<ClientBehaviour> clientBehaviour(String library, String version) {
        return select(clients, library, version, ClientBehaviour::library, ClientBehaviour::versions, ClientBehaviour::id);
    }

    private static <T> Selection<T> select(List<T> all, String library, String version, Function<T, String> libraryOf,
                                           Function<T, String> rangeOf, Function<T, String> idOf) {
        List<T> candidates = new ArrayList<>();
        for (T t : all) {
            if (libraryOf.apply(t).equals(library)) {
                candidates.add(t);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Comparator<T> byLower = Comparator.comparing(t -> VersionRange.parse(rangeOf.apply(t)).lower(),
            Comparator.nullsFirst(Comparator.naturalOrder()));
        candidates.sort(byLower);
        T newest = candidates.get(candidates.size() - 1);
        Version v = Version.parse(version);
        if (v == null) {
            String why = version == null ? "the project's " + library + " version is unknown"
                : "'" + version + "' is not a version the rules can compare";
            return new Selection<>(newest, why + "; assumed " + library + " "
                + VersionRange.describe(rangeOf.apply(newest)));
        }
        for (T t : candidates) {
            if (VersionRange.parse(rangeOf.apply(t)).contains(v)) {
                return new Selection<>(t, null);
            }
        }
        T nearest = candidates.get(0);
        for (T t : candidates) {
            Version lower = VersionRange.parse(rangeOf.apply(t)).lower();
            if (lower == null || lower.compareTo(v) <= 0) {
                nearest = t;
            }
        }
        return new Selection<>(nearest, "the rules file has no entry for " + library + " " + version
            + "; used the nearest known: " + idOf.apply(nearest) + " (" + library + " "
            + VersionRange.describe(rangeOf.apply(nearest)) + ")");
    }
}
