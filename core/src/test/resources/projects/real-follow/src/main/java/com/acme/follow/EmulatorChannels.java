package com.acme.follow;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Channels from a helper that returns a preconfigured builder. */
class EmulatorChannels {
    private final int port = 8086;

    ManagedChannel data() {
        return newChannelBuilder(port)
            .keepAliveTime(10, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time
            .keepAliveWithoutCalls(true)  // expect: ping-without-calls
            .build();
    }

    ManagedChannel admin() {
        return newChannelBuilder(port).build();
    }

    private static ManagedChannelBuilder<?> newChannelBuilder(int port) {
        return ManagedChannelBuilder.forAddress("localhost", port).usePlaintext();  // seen: client
    }
}
