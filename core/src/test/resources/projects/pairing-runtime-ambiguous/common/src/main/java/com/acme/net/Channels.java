package com.acme.net;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** The project's one channel helper: every service is reached through it, at an address known at run time. */
public final class Channels {
    private final String host;
    private final int port;

    public Channels(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public ManagedChannel open() {
        return ManagedChannelBuilder.forAddress(host, port)
            .keepAliveTime(2, TimeUnit.MINUTES)  // expect: keepalive-below-permit-time "assumed: the nearest that does not, built at reports/src/main/java/com/acme/reports/ReportsMain.java"
            .keepAliveWithoutCalls(true)  // expect: ping-without-calls "which one it meets is ambiguous: 1 of 2 accepts its pings (such as the one at OrdersMain.java:10) and 1 does not"
            .build();
    }
}
