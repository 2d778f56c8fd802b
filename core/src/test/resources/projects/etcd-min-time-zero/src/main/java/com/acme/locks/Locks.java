package com.acme.locks;

import io.etcd.jetcd.Client;
import java.time.Duration;

public final class Locks {
    static Client local() {
        return Client.builder().endpoints("http://127.0.0.1:2379")
            .keepaliveTime(Duration.ofMinutes(1))
            .keepaliveWithoutCalls(false)
            .build();
    }

    static Client secured() {
        return Client.builder().endpoints("https://etcd.locks.svc:2379").build();
    }
}
