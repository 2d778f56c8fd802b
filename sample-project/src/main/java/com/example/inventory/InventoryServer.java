package com.example.inventory;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** The inventory gRPC server. */
public class InventoryServer {
    static final int PORT = 9090;

    private Server server;

    public void start() throws IOException {
        server = NettyServerBuilder.forPort(PORT)
            // The server pings its own clients every two hours; this is not a limit on client pings.
            .keepAliveTime(2, TimeUnit.HOURS)
            .permitKeepAliveTime(1, TimeUnit.MINUTES)
            .build()
            .start();
    }

    public void stop() throws InterruptedException {
        server.shutdown().awaitTermination(10, TimeUnit.SECONDS);
    }
}
