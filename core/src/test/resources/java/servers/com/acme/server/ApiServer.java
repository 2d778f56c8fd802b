package com.acme.server;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

public class ApiServer {
    static final int PORT = 8980;

    Server start() throws Exception {
        return NettyServerBuilder.forPort(PORT)
            // the server's own pings to its clients: not a client setting
            .keepAliveTime(30, TimeUnit.MINUTES)
            .permitKeepAliveTime(30, TimeUnit.SECONDS)
            .permitKeepAliveWithoutCalls(true)
            .build()
            .start();
    }

    Server admin() throws Exception {
        return NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 8981)).build().start();
    }

    Server plain() throws Exception {
        return ServerBuilder.forPort(8982).keepAliveTime(2, TimeUnit.HOURS).build().start();
    }
}
