package com.acme.inspected;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;

/** A channel that is used, even by a call inside an assertion, is a client; a built object nothing uses is too. */
class ChannelHeldTest {
    void usedInsideAnAssertion() {
        ManagedChannel channel = NettyChannelBuilder.forTarget("ledger:50051")
            .keepAliveTime(10, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time
            .build();
        assertThat(channel.getState(true)).isNotNull();
    }

    void builtAndLeft() {
        ManagedChannel channel = NettyChannelBuilder.forTarget("ledger:50051")
            .keepAliveTime(20, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time
            .build();
    }
}
