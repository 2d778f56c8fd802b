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
    private final String caveat;
    private final String caveatWhenScheme;
    private final Duration zeroPermitMeans;
    private final Duration maxPermitKeepAliveTime;

    public ServerPolicy(String id, String library, String name, String versions, boolean enforces,
                        Duration permitKeepAliveTime, Boolean permitKeepAliveWithoutCalls, Duration idleAllowance,
                        int strikes, boolean idlePingsConfigurable, Source source, Location rulesLocation) {
        this(id, library, name, versions, enforces, permitKeepAliveTime, permitKeepAliveWithoutCalls, idleAllowance,
            strikes, idlePingsConfigurable, source, rulesLocation, null, null, null, null);
    }

    private ServerPolicy(String id, String library, String name, String versions, boolean enforces,
                         Duration permitKeepAliveTime, Boolean permitKeepAliveWithoutCalls, Duration idleAllowance,
                         int strikes, boolean idlePingsConfigurable, Source source, Location rulesLocation,
                         String caveat, String caveatWhenScheme, Duration zeroPermitMeans,
                         Duration maxPermitKeepAliveTime) {
        this.caveat = caveat;
        this.caveatWhenScheme = caveatWhenScheme;
        this.zeroPermitMeans = zeroPermitMeans;
        this.maxPermitKeepAliveTime = maxPermitKeepAliveTime;
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
        Duration effective = permitTime;
        if (effective != null && zeroPermitMeans != null && (effective.isZero() || effective.isNegative())) {
            effective = zeroPermitMeans;
        }
        if (effective != null && maxPermitKeepAliveTime != null && effective.compareTo(maxPermitKeepAliveTime) > 0) {
            effective = maxPermitKeepAliveTime;
        }
        return new ServerPolicy(id, library, name, versions, enforces, effective, permitWithoutCalls, idleAllowance,
            strikes, idlePingsConfigurable, source, rulesLocation, caveat, caveatWhenScheme, zeroPermitMeans,
            maxPermitKeepAliveTime);
    }

    /** The same policy for a server that enforces nothing in the configuration at hand. */
    public ServerPolicy notEnforcing() {
        return new ServerPolicy(id, library, name, versions, false, permitKeepAliveTime, permitKeepAliveWithoutCalls,
            idleAllowance, strikes, idlePingsConfigurable, source, rulesLocation, caveat, caveatWhenScheme,
            zeroPermitMeans, maxPermitKeepAliveTime);
    }

    /**
     * The same policy with the facts a rules entry adds: a caveat findings repeat (a policy known only from
     * maintainers' statements, a condition under which the server does not enforce), what a permitted interval of
     * zero or less stands for (grpc-go replaces it by its 5 minute default), and the longest permitted interval the
     * server honours (grpc-java caps it at 2 hours). Any may be null.
     */
    public ServerPolicy withFacts(String caveat, String caveatWhenScheme, Duration zeroPermitMeans,
                                  Duration maxPermitKeepAliveTime) {
        return new ServerPolicy(id, library, name, versions, enforces, permitKeepAliveTime, permitKeepAliveWithoutCalls,
            idleAllowance, strikes, idlePingsConfigurable, source, rulesLocation, caveat, caveatWhenScheme,
            zeroPermitMeans, maxPermitKeepAliveTime);
    }

    /** The caveat is said only for clients whose target uses this scheme (https); null: for every client. */
    public String caveatWhenScheme() {
        return caveatWhenScheme;
    }

    /** What findings about clients meeting this server should add, or null. */
    public String caveat() {
        return caveat;
    }

    /** The interval a configured permitted interval of zero or less stands for, or null when it is taken as written. */
    public Duration zeroPermitMeans() {
        return zeroPermitMeans;
    }

    /** The longest permitted interval the server honours (longer ones act as this), or null when there is no cap. */
    public Duration maxPermitKeepAliveTime() {
        return maxPermitKeepAliveTime;
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
        String idle = permitKeepAliveWithoutCalls == null
            ? caveat != null ? "whether also while no call is active is not known" : "idle pings as set at run time"
            : permitKeepAliveWithoutCalls ? "also while no call is active"
            : "while no call is active only one every " + Durations.format(idleAllowance);
        return "accepts a ping every " + interval + " at most, " + idle;
    }

    @Override
    public String toString() {
        return id + "[" + summary() + "]";
    }
}
