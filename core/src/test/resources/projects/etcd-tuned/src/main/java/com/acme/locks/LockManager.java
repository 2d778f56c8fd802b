package com.acme.locks;

import io.etcd.jetcd.Client;
import java.time.Duration;

/** jetcd with keepalive that etcd accepts: pings only while calls are active, every 30 seconds. */
public class LockManager {
    private final Client client;

    public LockManager(String... endpoints) {
        this.client = Client.builder()  // seen: client
            .endpoints(endpoints)
            .keepaliveTime(Duration.ofSeconds(30))
            .keepaliveTimeout(Duration.ofSeconds(10))
            .keepaliveWithoutCalls(false)
            .build();
    }
}
