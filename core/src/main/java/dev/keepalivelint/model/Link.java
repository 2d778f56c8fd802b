package dev.keepalivelint.model;

import java.util.Objects;

/** A client paired with the server policy it will meet, and why that pairing was chosen. */
public final class Link {
    /** How the pairing was decided, in order of precedence. */
    public enum Kind {
        /** The user declared the server for this target. */
        DECLARED,
        /** A server built or configured in this project matches the client's target. */
        SAME_PROJECT,
        /** The kind of client implies the server (a jetcd client talks to etcd). */
        CLIENT_KIND,
        /** Nothing else is known: the default gRPC server policy. */
        DEFAULT
    }

    private final Client client;
    private final ServerPolicy policy;
    private final Server server;
    private final Kind kind;
    private final String reason;
    private final boolean certain;

    public Link(Client client, ServerPolicy policy, Server server, Kind kind, String reason) {
        this(client, policy, server, kind, reason, true);
    }

    /**
     * @param certain false when the project server was chosen among several that could be the one (the nearest of
     *                several on the same port): a fix must then not tell the user to change that server
     */
    public Link(Client client, ServerPolicy policy, Server server, Kind kind, String reason, boolean certain) {
        this.certain = certain;
        this.client = Objects.requireNonNull(client);
        this.policy = Objects.requireNonNull(policy);
        this.server = server;
        this.kind = Objects.requireNonNull(kind);
        this.reason = Objects.requireNonNull(reason);
    }

    public Client client() {
        return client;
    }

    public ServerPolicy policy() {
        return policy;
    }

    /** The project server the client meets, or null when the policy is assumed or declared. */
    public Server server() {
        return server;
    }

    public Kind kind() {
        return kind;
    }

    /** False when the project server was only the likeliest of several; fixes then leave that server alone. */
    public boolean certain() {
        return certain;
    }

    /** One sentence saying which server policy was assumed and why. */
    public String reason() {
        return reason;
    }
}
