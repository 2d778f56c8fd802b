package dev.keepalivelint.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A server the user declared (in the plugin configuration or a rules file): which targets it serves, its
 * implementation and version, and optional permit overrides. A declaration without targets marked
 * {@code default} replaces the default gRPC server policy for the whole module.
 */
public final class DeclaredServer {
    private final String id;
    private final List<String> targets;
    private final String implementation;
    private final String version;
    private final Duration permitKeepAliveTime;
    private final Boolean permitKeepAliveWithoutCalls;
    private final boolean isDefault;
    private final String declaredAt;

    public DeclaredServer(String id, List<String> targets, String implementation, String version,
                          Duration permitKeepAliveTime, Boolean permitKeepAliveWithoutCalls, boolean isDefault,
                          String declaredAt) {
        this.id = Objects.requireNonNull(id);
        this.targets = List.copyOf(targets);
        this.implementation = Objects.requireNonNull(implementation);
        this.version = version;
        this.permitKeepAliveTime = permitKeepAliveTime;
        this.permitKeepAliveWithoutCalls = permitKeepAliveWithoutCalls;
        this.isDefault = isDefault;
        this.declaredAt = Objects.requireNonNull(declaredAt);
    }

    public String id() {
        return id;
    }

    /** Target globs: "inventory:*", "dns:///inventory.prod:443", "*.internal:9090". */
    public List<String> targets() {
        return targets;
    }

    /** The server implementation's library id in the rules file (grpc-java, grpc-go, grpc-core, etcd, ...). */
    public String implementation() {
        return implementation;
    }

    /** The implementation version, selecting its policy; null when not declared. */
    public String version() {
        return version;
    }

    /** Null when not overridden. */
    public Duration permitKeepAliveTime() {
        return permitKeepAliveTime;
    }

    /** Null when not overridden. */
    public Boolean permitKeepAliveWithoutCalls() {
        return permitKeepAliveWithoutCalls;
    }

    public boolean isDefault() {
        return isDefault;
    }

    /** Where it was declared, e.g. "pom.xml <servers>" or "keepalive-rules.yaml:12". */
    public String declaredAt() {
        return declaredAt;
    }

    /** True when one of the target globs matches where the client connects. */
    public boolean matches(Endpoint client) {
        if (client == null) {
            return false;
        }
        for (String target : targets) {
            if (target.equals(client.written())) {
                return true;
            }
            Endpoint pattern = Endpoint.parseTarget(target);
            if (pattern == null) {
                continue;
            }
            String portGlob = target.endsWith(":*") ? "*" : pattern.port() == null ? "*" : String.valueOf(pattern.port());
            String hostGlob = target.endsWith(":*") ? hostPart(target) : pattern.host();
            boolean hostOk = hostGlob == null || hostGlob.equals("*")
                || client.host() != null && glob(hostGlob.toLowerCase(java.util.Locale.ROOT),
                    client.host().toLowerCase(java.util.Locale.ROOT));
            boolean portOk = portGlob.equals("*") || client.port() != null && glob(portGlob, String.valueOf(client.port()));
            if (hostOk && portOk) {
                return true;
            }
        }
        return false;
    }

    /** The host of "scheme://host:*" or "host:*". */
    private static String hostPart(String target) {
        String t = target.substring(0, target.length() - 2);
        int scheme = t.indexOf("://");
        if (scheme >= 0) {
            t = t.substring(scheme + 3);
        }
        while (t.startsWith("/")) {
            t = t.substring(1);
        }
        return t.length() > 1 && t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    /** Glob with * (any run) and ? (one character). */
    static boolean glob(String pattern, String text) {
        return text.matches(java.util.regex.Pattern.quote(pattern).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"));
    }
}
