package com.acme.locks;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.Lock;

/** Distributed locks, with jetcd's default keepalive (30 s pings, also while idle). */
public class LockService {
    private final Client client = Client.builder().endpoints("http://etcd-0:2379").build();

    public Lock locks() {
        return client.getLockClient();
    }
}
