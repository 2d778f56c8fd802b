package dev.keepalivelint.model;

import java.time.Duration;
import java.util.Objects;

/**
 * What a client library does with keepalive in one version range: its defaults when the code sets nothing,
 * the minimum interval it raises shorter values to, and the intervals at which keepalive is off.
 */
public final class ClientBehaviour {
    private final String id;
    private final String library;
    private final String name;
    private final String versions;
    private final Duration defaultKeepAliveTime;
    private final boolean defaultKeepAliveWithoutCalls;
    private final Duration defaultKeepAliveTimeout;
    private final Duration minimumKeepAliveTime;
    private final Duration offAtOrAbove;
    private final boolean defaultKeepAliveEnabled;
    private final Source source;
    private final String caveat;
    private final Boolean caveatWhenIdlePings;
    private Duration offAtOrBelow;

    public ClientBehaviour(String id, String library, String name, String versions, Duration defaultKeepAliveTime,
                           boolean defaultKeepAliveWithoutCalls, Duration defaultKeepAliveTimeout,
                           Duration minimumKeepAliveTime, Duration offAtOrAbove, boolean defaultKeepAliveEnabled,
                           Source source) {
        this(id, library, name, versions, defaultKeepAliveTime, defaultKeepAliveWithoutCalls, defaultKeepAliveTimeout,
            minimumKeepAliveTime, offAtOrAbove, defaultKeepAliveEnabled, source, null, null);
    }

    private ClientBehaviour(String id, String library, String name, String versions, Duration defaultKeepAliveTime,
                            boolean defaultKeepAliveWithoutCalls, Duration defaultKeepAliveTimeout,
                            Duration minimumKeepAliveTime, Duration offAtOrAbove, boolean defaultKeepAliveEnabled,
                            Source source, String caveat, Boolean caveatWhenIdlePings) {
        this.caveat = caveat;
        this.caveatWhenIdlePings = caveatWhenIdlePings;
        this.id = Objects.requireNonNull(id);
        this.library = Objects.requireNonNull(library);
        this.name = Objects.requireNonNull(name);
        this.versions = versions;
        this.defaultKeepAliveTime = defaultKeepAliveTime;
        this.defaultKeepAliveWithoutCalls = defaultKeepAliveWithoutCalls;
        this.defaultKeepAliveTimeout = defaultKeepAliveTimeout;
        this.minimumKeepAliveTime = minimumKeepAliveTime;
        this.offAtOrAbove = offAtOrAbove;
        this.defaultKeepAliveEnabled = defaultKeepAliveEnabled;
        this.source = source;
    }

    public String id() {
        return id;
    }

    public String library() {
        return library;
    }

    public String name() {
        return name;
    }

    public String versions() {
        return versions;
    }

    /** Null when keepalive is off by default. */
    public Duration defaultKeepAliveTime() {
        return defaultKeepAliveTime;
    }

    public boolean defaultKeepAliveWithoutCalls() {
        return defaultKeepAliveWithoutCalls;
    }

    public Duration defaultKeepAliveTimeout() {
        return defaultKeepAliveTimeout;
    }

    /** Null when the library has no floor. */
    public Duration minimumKeepAliveTime() {
        return minimumKeepAliveTime;
    }

    /** Null when no value switches keepalive off. */
    public Duration offAtOrAbove() {
        return offAtOrAbove;
    }

    /**
     * Whether the keepalive settings apply when no enable switch is written. False for frameworks such as
     * grpc-spring-boot-starter that apply them only after {@code enable-keep-alive: true}.
     */
    public boolean defaultKeepAliveEnabled() {
        return defaultKeepAliveEnabled;
    }

    public Source source() {
        return source;
    }

    /** The same behaviour with a known defect of these versions that the linter should tell the user about; null for none. */
    public ClientBehaviour withCaveat(String text) {
        return withCaveat(text, null);
    }

    /**
     * The same behaviour with a known defect of these versions; {@code whenIdlePings} limits it to clients whose
     * keepAliveWithoutCalls in effect has that value (null: every client that pings).
     */
    public ClientBehaviour withCaveat(String text, Boolean whenIdlePings) {
        ClientBehaviour copy = new ClientBehaviour(id, library, name, versions, defaultKeepAliveTime,
            defaultKeepAliveWithoutCalls, defaultKeepAliveTimeout, minimumKeepAliveTime, offAtOrAbove,
            defaultKeepAliveEnabled, source, text, whenIdlePings);
        copy.offAtOrBelow = offAtOrBelow;
        return copy;
    }

    /**
     * The same behaviour where an interval this short or shorter (Dubbo's heartbeat of 0 or less) sends no pings at
     * all; null for none.
     */
    public ClientBehaviour withOffAtOrBelow(Duration interval) {
        ClientBehaviour copy = withCaveat(caveat, caveatWhenIdlePings);
        copy.offAtOrBelow = interval;
        return copy;
    }

    /** Null when no short interval switches keepalive off. */
    public Duration offAtOrBelow() {
        return offAtOrBelow;
    }

    /** A known defect of these versions (grpc-java 1.3 to 1.6.0 could send two pings at once), or null. */
    public String caveat() {
        return caveat;
    }

    /** The keepAliveWithoutCalls value the caveat is limited to, or null when it concerns every client that pings. */
    public Boolean caveatWhenIdlePings() {
        return caveatWhenIdlePings;
    }
}
