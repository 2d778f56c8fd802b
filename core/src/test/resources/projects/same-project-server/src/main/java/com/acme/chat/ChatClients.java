package com.acme.chat;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

public class ChatClients {
    /** Talks to the chat server of this project, which permits this. */
    ManagedChannel chat() {
        return ManagedChannelBuilder.forAddress("localhost", ChatServer.PORT)
            .keepAliveTime(30, TimeUnit.SECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }

    /** Talks to another service on another port: the default policy applies. */
    ManagedChannel presence() {
        return ManagedChannelBuilder.forTarget("localhost:50052")
            .keepAliveTime(30, TimeUnit.SECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }
}
