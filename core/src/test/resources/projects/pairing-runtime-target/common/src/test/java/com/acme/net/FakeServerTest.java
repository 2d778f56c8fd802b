package com.acme.net;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;

/** A test's own server at the defaults: the main code's helper never meets it. */
class FakeServerTest {
    void fake() throws Exception {
        Server fake = NettyServerBuilder.forPort(0).build().start();
        fake.shutdownNow();
    }
}
