package com.acme.orders;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;

/** A service of the project, configured for the helper's pings. */
public final class OrdersMain {
    public static void main(String[] args) throws Exception {
        Server server = NettyServerBuilder.forPort(Integer.parseInt(args[0]))  // seen: server
            .permitKeepAliveTime(1, TimeUnit.MINUTES)
            .permitKeepAliveWithoutCalls(true)
            .build()
            .start();
        server.awaitTermination();
    }
}
