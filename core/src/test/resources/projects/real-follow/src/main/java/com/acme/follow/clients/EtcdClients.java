package com.acme.follow.clients;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;

/** The project's one place that makes etcd client builders; the callers are in other files. */
public final class EtcdClients {
    private EtcdClients() {
    }

    public static ClientBuilder cluster(String name) {
        return Client.builder().target("cluster://" + name);  // expect: ping-without-calls "Client.builder()" "jetcd 0.8.6 default"
    }
}
