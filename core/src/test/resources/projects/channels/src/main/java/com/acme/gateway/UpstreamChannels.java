package com.acme.gateway;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Channels from the gateway to its upstream services. */
public class UpstreamChannels {
    static final long IDLE_PING_MINUTES = 10;

    ManagedChannel users() {
        // pings every 10 minutes, also while idle
        return ManagedChannelBuilder.forTarget("dns:///users.svc:443")
            .keepAliveTime(IDLE_PING_MINUTES, TimeUnit.MINUTES)
            .keepAliveWithoutCalls(true)
            .build();
    }

    ManagedChannel billing() {
        // pings every minute while calls are active
        return ManagedChannelBuilder.forTarget("dns:///billing.svc:443")
            .keepAliveTime(1, TimeUnit.MINUTES)
            .build();
    }

    ManagedChannel catalog() {
        // exactly the permitted interval: accepted
        return ManagedChannelBuilder.forTarget("dns:///catalog.svc:443")
            .keepAliveTime(5, TimeUnit.MINUTES)
            .build();
    }

    ManagedChannel reports() {
        // idle pings, but only every three hours: within the 2 h idle allowance
        return ManagedChannelBuilder.forTarget("dns:///reports.svc:443")
            .keepAliveTime(3, TimeUnit.HOURS)
            .keepAliveWithoutCalls(true)
            .build();
    }

    ManagedChannel audit() {
        // a value grpc-java raises to 10 seconds
        return ManagedChannelBuilder.forTarget("dns:///audit.svc:443")
            .keepAliveTime(5, TimeUnit.SECONDS)
            .build();
    }

    ManagedChannel disabled() {
        // 1000 days or more switches keepalive off
        return ManagedChannelBuilder.forTarget("dns:///archive.svc:443")
            .keepAliveTime(Long.MAX_VALUE, TimeUnit.NANOSECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }
}
