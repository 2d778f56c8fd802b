package com.acme.values;

import java.time.Duration;

/** An options object: the builder's field initialisers are the defaults, read back through getters. */
final class ChannelOptions {
    private final Duration pingInterval;
    private final boolean pingWhenIdle;

    private ChannelOptions(Builder b) {
        this.pingInterval = b.pingInterval;
        this.pingWhenIdle = b.pingWhenIdle;
    }

    Duration getPingInterval() {
        return pingInterval;
    }

    boolean isPingWhenIdle() {
        return pingWhenIdle;
    }

    static final class Builder {
        private Duration pingInterval = Duration.ofSeconds(30);
        private boolean pingWhenIdle = true;

        ChannelOptions build() {
            return new ChannelOptions(this);
        }
    }
}
