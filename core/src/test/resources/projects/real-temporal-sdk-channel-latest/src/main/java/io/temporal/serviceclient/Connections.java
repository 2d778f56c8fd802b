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
            .keepAliveTime(options.getKeepAliveTime().toMillis(), TimeUnit.MILLISECONDS)
            .keepAliveWithoutCalls(options.getKeepAlivePermitWithoutStream());
        return builder.usePlaintext().build();
    }
}
