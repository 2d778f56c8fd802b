package com.acme.keepalive;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import java.util.concurrent.TimeUnit;

class PingServer {
    Server start() throws java.io.IOException {
        return ServerBuilder.forPort(50051)  // seen: server
            .permitKeepAliveTime(5, TimeUnit.SECONDS)
            .permitKeepAliveWithoutCalls(true)
            .build()
            .start();
    }
}
