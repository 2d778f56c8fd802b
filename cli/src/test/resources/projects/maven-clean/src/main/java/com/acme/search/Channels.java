package com.acme.search;

import io.etcd.jetcd.Client;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Settings every default server accepts: a 5 minute interval, no idle pings. */
final class Channels {
    static ManagedChannel index() {
        return ManagedChannelBuilder.forTarget("dns:///index.internal:443")
            .keepAliveTime(5, TimeUnit.MINUTES)
            .build();
    }

    static Client etcd(String... endpoints) {
        return Client.builder().endpoints(endpoints).keepaliveWithoutCalls(false).build();
    }
}
