package com.acme.locks;

import io.etcd.jetcd.Client;
import java.time.Duration;

/** Pings every 30 s, and only while calls are active: etcd accepts that. */
public class LockService {
    private final Client client = Client.builder()
        .endpoints("http://etcd-0:2379")
        .keepaliveTime(Duration.ofSeconds(30))
        .keepaliveWithoutCalls(false)
        .build();
}
