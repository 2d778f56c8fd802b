package com.acme.shapes;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

/** Builds the channel builder it is given. */
class Connector {
    private final ManagedChannel channel;

    Connector(ManagedChannelBuilder<?> builder) {
        this.channel = builder.build();
    }
}
