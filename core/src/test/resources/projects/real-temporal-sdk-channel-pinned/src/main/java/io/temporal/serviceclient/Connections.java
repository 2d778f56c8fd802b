package io.temporal.serviceclient;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Opens the channel to the frontend the options name. */
final class Connections {
    private final ServiceStubsOptions options;

    Connections(ServiceStubsOptions options) {
        this.options = options;
    }

    ManagedChannel open() {
        NettyChannelBuilder builder = NettyChannelBuilder.forTarget(options.getTarget());  // seen: client
        builder
            .keepAliveTime(options.getKeepAliveTime().toMillis(), TimeUnit.MILLISECONDS)  // expect: keepalive-below-permit-time "temporalio/auto-setup:1.2.0"
            .keepAliveWithoutCalls(options.getKeepAlivePermitWithoutStream());  // expect: ping-without-calls "Temporal frontend before 1.9"
        return builder.usePlaintext().build();
    }
}
