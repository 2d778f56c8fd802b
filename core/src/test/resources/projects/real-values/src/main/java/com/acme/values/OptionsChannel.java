package com.acme.values;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Applies the options object's keepalive settings. */
class OptionsChannel {
    private final ChannelOptions options;

    OptionsChannel(ChannelOptions options) {
        this.options = options;
    }

    ManagedChannel open() {
        return NettyChannelBuilder.forTarget("dns:///workflow.svc:7233")
            .keepAliveTime(options.getPingInterval().toMillis(), TimeUnit.MILLISECONDS)  // expect: keepalive-below-permit-time "keepAliveTime 30s"
            .keepAliveWithoutCalls(options.isPingWhenIdle())  // expect: ping-without-calls "Set `pingWhenIdle` at ChannelOptions.java:25 to false"
            .build();
    }
}
