package com.acme.rpc;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;

/** The framework's client transport: it talks to RpcServer at an address known at run time. */
class RpcClient {
    ManagedChannel idle(String host, int port) {
        return NettyChannelBuilder.forAddress(host, port).keepAliveTime(1, TimeUnit.MINUTES)  // seen: client
            .keepAliveWithoutCalls(true).build();
    }

    ManagedChannel busy(String host, int port) {
        return NettyChannelBuilder.forAddress(host, port)
            .keepAliveTime(30, TimeUnit.SECONDS).build();  // expect: keepalive-below-permit-time "as is the port of the server of the same module built at"
    }
}
