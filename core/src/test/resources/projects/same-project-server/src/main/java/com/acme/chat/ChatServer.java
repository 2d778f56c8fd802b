package com.acme.chat;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;

/** The chat server lets its own clients ping every 20 seconds, also while idle. */
public class ChatServer {
    public static final int PORT = 50051;

    Server build() {
        return NettyServerBuilder.forPort(PORT)  // seen: server
            .permitKeepAliveTime(20, TimeUnit.SECONDS)
            .permitKeepAliveWithoutCalls(true)
            .build();
    }
}
