package com.acme.origin;

import io.etcd.jetcd.ClientBuilder;
import io.grpc.netty.NettyChannelBuilder;
import java.time.Duration;

/** Builders whose creation is elsewhere: no library defaults are assumed for them, only what is written. */
class Holder implements Cloneable {
    private final ClientBuilder builder;

    Holder(ClientBuilder builder) {
        this.builder = builder;
    }

    ClientBuilder copy(Object original) {
        return (ClientBuilder) original;
    }

    String target() {
        return builder.target();
    }

    void idleOnly(NettyChannelBuilder channel) {
        channel.keepAliveWithoutCalls(true);
    }

    void risky(ClientBuilder given) {
        given.keepaliveTime(Duration.ofSeconds(10)).keepaliveWithoutCalls(true);  // expect: ping-without-calls "ClientBuilder parameter `given`"
    }
}
