package com.acme.ctorport;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Its ping interval comes from the constructor; both places that create it pass the same constant. */
class Heartbeat {
    static final long PING_SECONDS = 20;

    private final long pingSeconds;

    Heartbeat(long pingSeconds) {
        this.pingSeconds = pingSeconds;
    }

    ManagedChannel open() {
        return ManagedChannelBuilder.forTarget("dns:///ledger.internal:443")  // seen: client
            .keepAliveTime(pingSeconds, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time "keepAliveTime 20s" "constructor parameter pingSeconds from new Heartbeat(PING_SECONDS) at Heartbeat.java:24 (and 1 more passing the same)" "Set `PING_SECONDS` at Heartbeat.java:9 to 300 or more"
            .build();
    }

    static Heartbeat primary() {
        return new Heartbeat(PING_SECONDS);
    }

    static Heartbeat standby() {
        return new Heartbeat(PING_SECONDS);
    }
}
