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
            .keepAliveTime(options.getKeepAliveTime().toMillis(), TimeUnit.MILLISECONDS)  // expect: keepalive-below-permit-time "docker.io/temporalio/server:1.8.2" "Deployment temporal-frontend container server"
            .keepAliveWithoutCalls(options.getKeepAlivePermitWithoutStream());  // expect: ping-without-calls "Temporal frontend before 1.9"
        return builder.usePlaintext().build();
    }
}
