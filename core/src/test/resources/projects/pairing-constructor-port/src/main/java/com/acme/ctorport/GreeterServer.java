package com.acme.ctorport;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Keeps its port in a final field its constructor sets; main, the only place that creates it, passes a literal. */
public class GreeterServer {
    private final int port;
    private Server server;

    public GreeterServer(int port) {
        this.port = port;
    }

    void start() throws IOException {
        server = NettyServerBuilder.forPort(port)  // seen: server
            .permitKeepAliveTime(1, TimeUnit.MINUTES)
            .build()
            .start();
    }

    public static void main(String[] args) throws IOException {
        GreeterServer greeter = new GreeterServer(50051);
        greeter.start();
    }
}
