package com.acme.locks;

import io.etcd.jetcd.Client;
import java.time.Duration;

public final class Locks {
    static Client local() {
        return Client.builder().endpoints("http://127.0.0.1:2379")  // seen: client
            .keepaliveTime(Duration.ofMinutes(1))  // expect: keepalive-below-permit-time "acts on 0s as 5m"
            .keepaliveWithoutCalls(false)
            .build();
    }

    // an etcd the project does not run, over TLS: assumed served on etcd's shared listener, which enforces nothing
    static Client secured() {
        return Client.builder().endpoints("https://etcd.locks.svc:2379").build();  // seen: client
    }
}
