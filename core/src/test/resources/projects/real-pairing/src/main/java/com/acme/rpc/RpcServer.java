package com.acme.rpc;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;

/** The framework's own server; its port comes from configuration. */
class RpcServer {
    Server start(int port) throws java.io.IOException {
        return NettyServerBuilder.forPort(port)  // seen: server
            .permitKeepAliveTime(1, TimeUnit.MINUTES)
            .permitKeepAliveWithoutCalls(true)
            .build()
            .start();
    }
}
