package com.acme.split;

import io.etcd.jetcd.Client;
import io.netty.handler.ssl.SslContext;

/** A TLS client whose endpoint comes from configuration, in a project whose etcd enforces on TLS too. */
public final class Election {
    static Client client(String endpoint, SslContext context) {
        return Client.builder().endpoints(endpoint).sslContext(context).build();  // seen: client  // expect: ping-without-calls "the project runs one" "etcd.yml"
    }
}
