package com.acme.keepalive;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Talks to PingServer beside it, which permits 5 s and idle pings. */
class PingClient {
    ManagedChannel open() {
        return ManagedChannelBuilder.forTarget("localhost:50051")  // seen: client
            .keepAliveTime(10, TimeUnit.SECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }
}
