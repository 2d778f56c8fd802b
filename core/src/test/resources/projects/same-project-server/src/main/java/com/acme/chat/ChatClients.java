package com.acme.chat;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

public class ChatClients {
    /** Talks to the chat server of this project, which permits this. */
    ManagedChannel chat() {
        return ManagedChannelBuilder.forAddress("localhost", ChatServer.PORT)  // seen: client
            .keepAliveTime(30, TimeUnit.SECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }

    /** Talks to another service on another port: the default policy applies. */
    ManagedChannel presence() {
        return ManagedChannelBuilder.forTarget("localhost:50052")  // seen: client
            .keepAliveTime(30, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time "accepts a ping every 5m at most"
            .keepAliveWithoutCalls(true)  // expect: ping-without-calls "Server assumed: grpc-java server"
            .build();
    }
}
