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
        return ManagedChannelBuilder.forAddress(host, port)  // seen: client
            .keepAliveTime(2, TimeUnit.MINUTES)
            .keepAliveWithoutCalls(true)
            .build();
    }
}
