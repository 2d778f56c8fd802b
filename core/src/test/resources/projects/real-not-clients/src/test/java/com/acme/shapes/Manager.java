package com.acme.shapes;

import io.etcd.jetcd.ClientBuilder;
import io.grpc.ManagedChannel;

/** Reads a builder's settings and uses the channel it is given; never builds a client. */
class Manager {
    private final ClientBuilder builder;
    private final ManagedChannel channel;

    Manager(ClientBuilder builder) {
        this(builder, null);
    }

    Manager(ClientBuilder builder, ManagedChannel channel) {
        this.builder = builder;
        this.channel = channel;
    }

    String namespace() {
        return String.valueOf(builder.namespace());
    }
}
