package dev.keepalivelint.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How a server treats client keepalive pings: the shortest interval it accepts, whether it accepts pings
 * while no call is active, the interval that applies to idle pings when it does not, and how many early
 * pings it tolerates before GOAWAY ENHANCE_YOUR_CALM "too_many_pings".
 */
public final class ServerPolicy {
    private final String id;
    private final String library;
    private final String name;
    private final String versions;
    private final boolean enforces;
    private final Duration permitKeepAliveTime;
    private final Boolean permitKeepAliveWithoutCalls;
    private final Duration idleAllowance;
    private final int strikes;
    private final boolean idlePingsConfigurable;
    private final Source source;
    private final Location rulesLocation;

    public ServerPolicy(String id, String library, String name, String versions, boolean enforces,
                        Duration permitKeepAliveTime, Boolean permitKeepAliveWithoutCalls, Duration idleAllowance,
                        int strikes, boolean idlePingsConfigurable, Source source, Location rulesLocation) {
        this.id = Objects.requireNonNull(id);
        this.library = Objects.requireNonNull(library);
        this.name = Objects.requireNonNull(name);
        this.versions = versions;
        this.enforces = enforces;
        this.permitKeepAliveTime = permitKeepAliveTime;
        this.permitKeepAliveWithoutCalls = permitKeepAliveWithoutCalls;
        this.idleAllowance = idleAllowance;
        this.strikes = strikes;
        this.idlePingsConfigurable = idlePingsConfigurable;
        this.source = source;
        this.rulesLocation = rulesLocation;
    }

    /**
     * The same policy with the permitted interval and idle-ping permission replaced, e.g. by a server's own
     * settings; null stands for a value the project sets in a way that cannot be determined.
     */
    public ServerPolicy withPermits(Duration permitTime, Boolean permitWithoutCalls) {
        return new ServerPolicy(id, library, name, versions, enforces, permitTime, permitWithoutCalls, idleAllowance,
            strikes, idlePingsConfigurable, source, rulesLocation);
    }

    public String id() {
        return id;
    }

    /** The rules-file id of the server implementation (grpc-java, grpc-go, etcd, ...). */
    public String library() {
        return library;
    }

    public String name() {
        return name;
    }

    /** The version range this policy applies to, as written in the rules file. */
    public String versions() {
        return versions;
    }

    /** False when the server sends no too_many_pings at all. */
    public boolean enforces() {
        return enforces;
    }

    /** Null when unknown (a project server sets it in a way that cannot be determined). */
    public Duration permitKeepAliveTime() {
        return permitKeepAliveTime;
    }

    /** Null when unknown (a project server sets it in a way that cannot be determined). */
    public Boolean permitKeepAliveWithoutCalls() {
        return permitKeepAliveWithoutCalls;
    }

    public Duration idleAllowance() {
        return idleAllowance;
    }

    public int strikes() {
        return strikes;
    }

    /** False for servers such as etcd where no setting lets clients ping idle connections. */
    public boolean idlePingsConfigurable() {
        return idlePingsConfigurable;
    }

    public Source source() {
        return source;
    }

    /** Where the policy is defined in a rules file. */
    public Location rulesLocation() {
        return rulesLocation;
    }

    /** "permits pings every 5m or slower, no idle pings" */
    public String summary() {
        if (!enforces) {
            return "does not limit keepalive pings";
        }
        String interval = permitKeepAliveTime == null ? "an interval set at run time"
            : Durations.format(permitKeepAliveTime);
        String idle = permitKeepAliveWithoutCalls == null ? "idle pings as set at run time"
            : permitKeepAliveWithoutCalls ? "also while no call is active"
            : "while no call is active only one every " + Durations.format(idleAllowance);
        return "accepts a ping every " + interval + " at most, " + idle;
    }

    @Override
    public String toString() {
        return id + "[" + summary() + "]";
    }
}
