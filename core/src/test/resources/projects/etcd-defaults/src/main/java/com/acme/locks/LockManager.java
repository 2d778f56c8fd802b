package com.acme.locks;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.Lock;

/** Distributed locks on etcd, with jetcd's default keepalive. */
public class LockManager {
    private final Client client;

    public LockManager(String... endpoints) {
        this.client = Client.builder()  // seen: client  // expect: ping-without-calls "jetcd client Client.builder() (jetcd 0.8.6)" "keepAliveWithoutCalls true (jetcd 0.8.6 default" "Server assumed: etcd server" ".keepaliveWithoutCalls(false)"
            .endpoints(endpoints)
            .build();
    }

    public Lock locks() {
        return client.getLockClient();
    }
}
