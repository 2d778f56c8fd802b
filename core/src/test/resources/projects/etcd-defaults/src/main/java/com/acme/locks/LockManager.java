package com.acme.locks;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.Lock;

/** Distributed locks on etcd, with jetcd's default keepalive. */
public class LockManager {
    private final Client client;

    public LockManager(String... endpoints) {
        this.client = Client.builder()
            .endpoints(endpoints)
            .build();
    }

    public Lock locks() {
        return client.getLockClient();
    }
}
