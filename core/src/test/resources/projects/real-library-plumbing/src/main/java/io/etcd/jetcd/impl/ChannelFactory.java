package io.etcd.jetcd.impl;

import io.etcd.jetcd.ClientBuilder;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;

/**
 * The library's plumbing: whatever the caller's builder holds is copied onto the channel builder. The builder's
 * creation is not in sight, so what its getters hand back is not known (its field initialisers are only where it
 * starts); the caller's builder is judged where it is created.
 */
final class ChannelFactory {
    private final ClientBuilder builder;

    ChannelFactory(ClientBuilder builder) {
        this.builder = builder;
    }

    ManagedChannelBuilder<?> channelBuilder() {
        NettyChannelBuilder channel = NettyChannelBuilder.forTarget(builder.target());
        if (builder.keepaliveTime() != null) {
            channel.keepAliveTime(builder.keepaliveTime().toMillis(), TimeUnit.MILLISECONDS);  // expect: unresolved-value "reads back what the ClientBuilder `builder` holds"
        }
        if (builder.keepaliveWithoutCalls() != null) {
            channel.keepAliveWithoutCalls(builder.keepaliveWithoutCalls());  // expect: unresolved-value "reads back"
        }
        return channel;
    }

    /** What the library itself writes is still judged. */
    ManagedChannel probe() {
        return NettyChannelBuilder.forTarget(builder.target())
            .keepAliveTime(10, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time "keepAliveTime 10s"
            .keepAliveWithoutCalls(true)  // expect: ping-without-calls "keepAliveWithoutCalls true (written as keepAliveWithoutCalls(true)"
            .build();
    }
}
