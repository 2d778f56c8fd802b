package com.acme.ctorport;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;

/** A private field only its constructor writes; the no-argument constructor hands it a constant. */
public class NotesServer {
    static final int DEFAULT_PORT = 50055;

    private int port;

    NotesServer() {
        this(DEFAULT_PORT);
    }

    NotesServer(int port) {
        this.port = port;
    }

    Server build() {
        return NettyServerBuilder.forPort(port).permitKeepAliveTime(2, TimeUnit.MINUTES).build();  // seen: server
    }

    public static void main(String[] args) {
        new NotesServer().build();
    }
}
