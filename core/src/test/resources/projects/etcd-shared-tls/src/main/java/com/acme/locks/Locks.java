package com.acme.locks;

import io.etcd.jetcd.Client;
import io.netty.handler.ssl.SslContext;

public final class Locks {
    static Client shared() {
        // jetcd's idle pings: the shared TLS listener does not enforce, so nothing is struck
        return Client.builder().endpoints("https://127.0.0.1:2379").build();  // seen: client
    }

    static Client split() {
        return Client.builder().endpoints("https://127.0.0.1:3379").build();  // seen: client  // expect: ping-without-calls "etcd-split.yml"
    }

    // TLS by its context, to the etcd whose manifest splits off the gRPC listener: the project's etcd wins, it enforces
    static Client splitWithContext(SslContext context) {
        return Client.builder().target("ip:///127.0.0.1:3379").sslContext(context).build();  // seen: client  // expect: ping-without-calls "etcd-split.yml"
    }

    // TLS by its context, to the etcd serving client TLS on its shared listener: nothing is struck
    static Client sharedWithContext(SslContext context) {
        return Client.builder().target("ip:///127.0.0.1:2379").sslContext(context).build();  // seen: client
    }
}
