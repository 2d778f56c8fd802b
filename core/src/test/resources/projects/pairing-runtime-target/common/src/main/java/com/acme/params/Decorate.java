package com.acme.params;

import io.grpc.netty.NettyServerBuilder;

/** A server builder handed in from elsewhere: what it permits is not in sight, so it is not taken as the defaults. */
public final class Decorate {
    private Decorate() {
    }

    public static NettyServerBuilder withLimits(NettyServerBuilder builder) {
        return builder.maxInboundMessageSize(1 << 20);
    }
}
