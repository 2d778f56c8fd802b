package com.example.inventory;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.Election;
import java.time.Duration;

/** Elects one replica as the stock-reconciliation leader through etcd. */
public class LeaderElection implements AutoCloseable {
    private final Client etcd;

    public LeaderElection(String endpoints) {
        // Library defaults: jetcd 0.5.4+ pings every 30 s, also on idle connections.
        this.etcd = Client.builder()
            .endpoints(endpoints.split(","))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    }

    public Election election() {
        return etcd.getElectionClient();
    }

    @Override
    public void close() {
        etcd.close();
    }
}
