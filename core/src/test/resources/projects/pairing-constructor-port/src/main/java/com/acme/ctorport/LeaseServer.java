package com.acme.ctorport;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;

/** The constructor sets the port, but a method can move it later: the constructor's value is not the one in use. */
public class LeaseServer {
    private int port;

    LeaseServer(int port) {
        this.port = port;
    }

    void moveTo(int newPort) {
        this.port = newPort;
    }

    Server build() {
        return NettyServerBuilder.forPort(port).permitKeepAliveTime(10, TimeUnit.SECONDS).build();  // seen: server
    }

    public static void main(String[] args) {
        new LeaseServer(50071).build();
    }
}
