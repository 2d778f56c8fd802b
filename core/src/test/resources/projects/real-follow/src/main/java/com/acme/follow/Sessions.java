package com.acme.follow;

import static com.acme.follow.clients.EtcdClients.cluster;

import com.acme.follow.clients.EtcdClients;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;
import java.time.Duration;

/**
 * Builders that come from a method of another file: what the method's builder has is carried over, so a caller
 * that only builds it is the factory's client (reported once, at the factory), one that turns idle pings off is
 * clean, and one that configures keepalive itself is a client of its own, judged with both.
 */
class Sessions {
    Client plain() {
        return EtcdClients.cluster("plain").build();
    }

    Client imported() {
        return cluster("imported").build();
    }

    Client quiet() {
        return EtcdClients.cluster("quiet").authority("etcd-0").keepaliveWithoutCalls(false).build();
    }

    Client eager() {
        ClientBuilder builder = EtcdClients.cluster("eager")  // expect: ping-without-calls "keepAliveTime 10s (written as keepaliveTime(Duration.ofSeconds(10))"
            .keepaliveTime(Duration.ofSeconds(10));
        return builder.build();
    }
}
