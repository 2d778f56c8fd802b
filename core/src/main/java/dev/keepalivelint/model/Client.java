package dev.keepalivelint.model;

import java.time.Duration;
import java.util.Objects;

/**
 * One client (gRPC channel or etcd client) with the keepalive behaviour in effect: written settings folded
 * last-call-wins over the library's defaults for the version in use, after the library's own adjustments.
 */
public final class Client {
    private final Observation observation;
    private final ClientBehaviour behaviour;
    private final String libraryVersion;
    private final Effective<Duration> keepAliveTime;
    private final Effective<Boolean> keepAliveWithoutCalls;
    private final Endpoint endpoint;
    private final String defect;
    private final String defectVersions;

    public Client(Observation observation, ClientBehaviour behaviour, String libraryVersion,
                  Effective<Duration> keepAliveTime, Effective<Boolean> keepAliveWithoutCalls, Endpoint endpoint) {
        this(observation, behaviour, libraryVersion, keepAliveTime, keepAliveWithoutCalls, endpoint, null, null);
    }

    private Client(Observation observation, ClientBehaviour behaviour, String libraryVersion,
                   Effective<Duration> keepAliveTime, Effective<Boolean> keepAliveWithoutCalls, Endpoint endpoint,
                   String defect, String defectVersions) {
        this.defect = defect;
        this.defectVersions = defectVersions;
        this.observation = Objects.requireNonNull(observation);
        this.behaviour = Objects.requireNonNull(behaviour);
        this.libraryVersion = libraryVersion;
        this.keepAliveTime = Objects.requireNonNull(keepAliveTime);
        this.keepAliveWithoutCalls = Objects.requireNonNull(keepAliveWithoutCalls);
        this.endpoint = endpoint;
    }

    /**
     * The same client, whose library version in use has this known defect (the behaviour's caveat), in words of
     * the affected versions ("1.3.0 to 1.6.1 (exclusive)").
     */
    public Client withDefect(String text, String affectedVersions) {
        return new Client(observation, behaviour, libraryVersion, keepAliveTime, keepAliveWithoutCalls, endpoint, text,
            affectedVersions);
    }

    /** A known defect of the library version in use (that version is in the caveat's range), or null. */
    public String defect() {
        return defect;
    }

    /** The versions the defect affects, in words; null without a defect. */
    public String defectVersions() {
        return defectVersions;
    }

    public Observation observation() {
        return observation;
    }

    public ClientBehaviour behaviour() {
        return behaviour;
    }

    /** The library version the project uses, or null when unknown. */
    public String libraryVersion() {
        return libraryVersion;
    }

    /** The interval in effect (after the library's floor); a null value means keepalive is off. */
    public Effective<Duration> keepAliveTime() {
        return keepAliveTime;
    }

    public Effective<Boolean> keepAliveWithoutCalls() {
        return keepAliveWithoutCalls;
    }

    /** Where the client connects, when the project says so; may be null. */
    public Endpoint endpoint() {
        return endpoint;
    }

    public Location location() {
        return observation.location();
    }

    public boolean pings() {
        return keepAliveTime.value() != null;
    }

    /** "jetcd client Client.builder() (jetcd 0.8.6)"; the version part is left out when unknown. */
    public String describe() {
        return behaviour.name() + " " + observation.description()
            + (libraryVersion == null ? "" : " (" + observation.library() + " " + libraryVersion + ")");
    }
}
