package com.acme.ctorport;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;

/** Created twice, on two ports: which one a given instance listens on is not one number. */
public class TwinServer {
    private final int port;

    TwinServer(int port) {
        this.port = port;
    }

    Server build() {
        return NettyServerBuilder.forPort(port).permitKeepAliveTime(10, TimeUnit.SECONDS).build();  // seen: server
    }

    public static void main(String[] args) {
        new TwinServer(50061).build();
        new TwinServer(50062).build();
    }
}
