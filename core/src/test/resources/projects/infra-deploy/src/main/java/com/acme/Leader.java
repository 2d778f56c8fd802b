package com.acme;

import io.etcd.jetcd.Client;

/** A service of the same repository that elects a leader through the etcd StatefulSet of deploy/etcd. */
public final class Leader {
    private Leader() {
    }

    public static Client connect() {
        return Client.builder().endpoints("http://etcd-client.monitoring:2379").build(); // expect: ping-without-calls
    }
}
