package com.acme.locks;

import io.etcd.jetcd.Client;

public final class Locks {
    static Client shared() {
        // jetcd's idle pings: the shared TLS listener does not enforce, so nothing is struck
        return Client.builder().endpoints("https://127.0.0.1:2379").build();  // seen: client
    }

    static Client split() {
        return Client.builder().endpoints("https://127.0.0.1:3379").build();  // seen: client  // expect: ping-without-calls "etcd-split.yml"
    }
}
