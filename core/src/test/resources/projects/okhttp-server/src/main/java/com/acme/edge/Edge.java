package com.acme.edge;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import io.grpc.okhttp.OkHttpServerBuilder;
import java.util.concurrent.TimeUnit;

public final class Edge {
    static Server server() {
        return OkHttpServerBuilder.forPort(8443).build();  // seen: server
    }

    static ManagedChannel probe() {
        return ManagedChannelBuilder.forAddress("localhost", 8443).keepAliveTime(30, TimeUnit.SECONDS).build();  // seen: client  // expect: keepalive-below-permit-time "grpc-java OkHttp server"
    }
}
