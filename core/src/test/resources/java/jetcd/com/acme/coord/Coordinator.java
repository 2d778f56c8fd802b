package com.acme.coord;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;
import java.time.Duration;

public class Coordinator {
    Client defaults() {
        return Client.builder().endpoints("http://etcd-0:2379", "http://etcd-1:2379").build();
    }

    Client tuned() {
        ClientBuilder builder = Client.builder().target("ip:///etcd-0:2379,etcd-1:2379");
        builder.keepaliveTime(Duration.ofSeconds(60));
        builder.keepaliveWithoutCalls(false);
        return builder.build();
    }
}
