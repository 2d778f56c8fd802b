package com.acme.billing;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;

/** Another service of the project, configured the same way. */
public final class BillingMain {
    public static void main(String[] args) throws Exception {
        Server server = NettyServerBuilder.forPort(Integer.parseInt(args[0]))  // seen: server
            .permitKeepAliveTime(2, TimeUnit.MINUTES)
            .permitKeepAliveWithoutCalls(true)
            .build()
            .start();
        server.awaitTermination();
    }
}
