package com.acme.streams;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Channels to the controller, built with grpc-java 1.4.0 (fixture.txt). */
public final class ControllerChannels {
    /** An interval the server permits, but 1.4.0 can schedule two pings at once when the connection wakes up. */
    static ManagedChannel controller() {
        return NettyChannelBuilder.forAddress("controller", 9090)  // seen: client
            .keepAliveTime(6, TimeUnit.MINUTES)  // expect: client-version-defect "grpc-java 1.4.0, which is affected (1.3.0 to 1.6.1 (exclusive))" "#3274" "fixed in 1.6.1"
            .build();
    }

    /** Idle pings on: the keepalive manager never goes idle, so the double ping cannot happen (ping-without-calls can). */
    static ManagedChannel watcher() {
        return NettyChannelBuilder.forAddress("controller", 9090)  // seen: client
            .keepAliveTime(6, TimeUnit.MINUTES)
            .keepAliveWithoutCalls(true)  // expect: ping-without-calls "keepAliveWithoutCalls true"
            .build();
    }

    /** No keepalive: nothing to report. */
    static ManagedChannel plain() {
        return NettyChannelBuilder.forAddress("controller", 9090).build();  // seen: client
    }
}
