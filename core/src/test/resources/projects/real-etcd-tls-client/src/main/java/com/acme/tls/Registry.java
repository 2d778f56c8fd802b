package com.acme.tls;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;
import io.netty.handler.ssl.SslContext;
import java.io.InputStream;
import java.net.URI;

/** Clients of an etcd the project does not run; which of them speak TLS decides what they meet. */
public final class Registry {
    // A TLS context and an endpoint only known at run time: etcd's shared listener enforces nothing over TLS.
    static Client secured(String endpoint, SslContext context) {
        return Client.builder().endpoints(endpoint).sslContext(context).build();  // seen: client
    }

    // The Consumer<SslContextBuilder> overload, in a try-with-resources like a test that reads its CA.
    static Client trusted(URI endpoint, InputStream ca) throws Exception {
        Client client = Client.builder()  // seen: client
            .endpoints(endpoint)
            .authority("etcd0")
            .sslContext(b -> b.trustManager(ca))
            .build();
        return client;
    }

    // An https:// endpoint names a TLS listener.
    static Client https() {
        return Client.builder().endpoints("https://etcd.registry.svc:2379").build();  // seen: client
    }

    // Plain text: etcd's gRPC policy applies, and it never permits idle pings.
    static Client plain() {
        return Client.builder().endpoints("http://etcd.registry.svc:2379").build();  // seen: client  // expect: ping-without-calls "jetcd"
    }

    // TLS only when a context is given: the client may well be plain text, so it is judged as one.
    static Client maybe(String endpoint, SslContext context) {
        ClientBuilder builder = Client.builder().endpoints(endpoint);  // seen: client  // expect: ping-without-calls "jetcd"
        if (context != null) {
            builder.sslContext(context);
        }
        return builder.build();
    }

    // A null context leaves the channel in plain text.
    static Client cleared(String endpoint) {
        return Client.builder().endpoints(endpoint).sslContext(null).build();  // seen: client  // expect: ping-without-calls "jetcd"
    }
}
