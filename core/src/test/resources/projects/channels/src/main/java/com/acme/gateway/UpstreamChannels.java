package com.acme.gateway;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Channels from the gateway to its upstream services. */
public class UpstreamChannels {
    static final long IDLE_PING_MINUTES = 10;

    ManagedChannel users() {
        // pings every 10 minutes, also while idle
        return ManagedChannelBuilder.forTarget("dns:///users.svc:443")  // seen: client
            .keepAliveTime(IDLE_PING_MINUTES, TimeUnit.MINUTES)
            .keepAliveWithoutCalls(true)  // expect: ping-without-calls "keepAliveWithoutCalls true (written as keepAliveWithoutCalls(true) at UpstreamChannels.java:15)" "from constant UpstreamChannels.IDLE_PING_MINUTES" "only one every 2h"
            .build();
    }

    ManagedChannel billing() {
        // pings every minute while calls are active
        return ManagedChannelBuilder.forTarget("dns:///billing.svc:443")  // seen: client
            .keepAliveTime(1, TimeUnit.MINUTES)  // expect: keepalive-below-permit-time "keepAliveTime 1m (written as keepAliveTime(1, TimeUnit.MINUTES)" "accepts a ping every 5m at most" ".keepAliveTime(5, TimeUnit.MINUTES) or more"
            .build();
    }

    ManagedChannel catalog() {
        // exactly the permitted interval: accepted
        return ManagedChannelBuilder.forTarget("dns:///catalog.svc:443")  // seen: client
            .keepAliveTime(5, TimeUnit.MINUTES)
            .build();
    }

    ManagedChannel reports() {
        // idle pings, but only every three hours: within the 2 h idle allowance
        return ManagedChannelBuilder.forTarget("dns:///reports.svc:443")  // seen: client
            .keepAliveTime(3, TimeUnit.HOURS)
            .keepAliveWithoutCalls(true)
            .build();
    }

    ManagedChannel audit() {
        // a value grpc-java raises to 10 seconds
        return ManagedChannelBuilder.forTarget("dns:///audit.svc:443")  // seen: client
            .keepAliveTime(5, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time "keepAliveTime 10s in effect" "raises it to its minimum of 10s"  // expect: keepalive-below-client-minimum "keepAliveTime is written as 5s" "the code says 5s, the wire does 10s"
            .build();
    }

    ManagedChannel disabled() {
        // 1000 days or more switches keepalive off
        return ManagedChannelBuilder.forTarget("dns:///archive.svc:443")  // seen: client
            .keepAliveTime(Long.MAX_VALUE, TimeUnit.NANOSECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }
}
