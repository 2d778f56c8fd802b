package dev.keepalivelint.model;

import java.util.Objects;

/** A server built or configured in the project, with the policy it enforces. */
public final class Server {
    private final Observation observation;
    private final ServerPolicy policy;
    private final Endpoint endpoint;
    private final String explanation;

    public Server(Observation observation, ServerPolicy policy, Endpoint endpoint, String explanation) {
        this.observation = Objects.requireNonNull(observation);
        this.policy = Objects.requireNonNull(policy);
        this.endpoint = endpoint;
        this.explanation = Objects.requireNonNull(explanation);
    }

    public Observation observation() {
        return observation;
    }

    /** The policy in effect: the implementation's defaults with this server's own permit settings applied. */
    public ServerPolicy policy() {
        return policy;
    }

    /** Where it listens, when known; may be null. */
    public Endpoint endpoint() {
        return endpoint;
    }

    public Location location() {
        return observation.location();
    }

    /** How the policy was determined, e.g. "permitKeepAliveTime 30s at Server.java:12, idle pings not permitted (default)". */
    public String explanation() {
        return explanation;
    }
}
