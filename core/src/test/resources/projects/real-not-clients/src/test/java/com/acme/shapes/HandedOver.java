package com.acme.shapes;

import io.etcd.jetcd.Client;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.testing.GrpcCleanupRule;
import java.util.concurrent.TimeUnit;

/** Builders handed to code: beside a ready channel, to a class that never builds them, or to one that does. */
class HandedOver {
    GrpcCleanupRule rule;

    void besideAReadyChannel() {
        new Manager(Client.builder(), rule.getChannel());
    }

    void toAClassThatOnlyReadsIt() {
        new Manager(Client.builder().endpoints("http://etcd-0:2379")).namespace();
    }

    void toAClassThatBuildsIt() {
        new Connector(NettyChannelBuilder.forTarget("dns:///orders.svc:443").keepAliveTime(30, TimeUnit.SECONDS));  // seen: client  // expect: keepalive-below-permit-time
    }
}
