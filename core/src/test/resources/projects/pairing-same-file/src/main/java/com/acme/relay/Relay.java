package com.acme.relay;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import java.util.concurrent.TimeUnit;

/** A relay that runs a server and talks to itself, to a sibling port, and to a remote relay on the same port. */
public class Relay {
    private static final int PORT = 7070;

    Server server() {
        return ServerBuilder.forPort(PORT)  // seen: server
            .permitKeepAliveTime(10, TimeUnit.SECONDS)
            .build();
    }

    ManagedChannel self() {
        return ManagedChannelBuilder.forAddress("127.0.0.1", PORT).keepAliveTime(15, TimeUnit.SECONDS).build();  // seen: client
    }

    ManagedChannel sibling() {
        return ManagedChannelBuilder.forAddress("localhost", PORT + 1).keepAliveTime(15, TimeUnit.SECONDS).build();  // seen: client  // expect: keepalive-below-permit-time
    }

    ManagedChannel remote() {
        return ManagedChannelBuilder.forTarget("relay-2.prod.internal:" + PORT).keepAliveTime(15, TimeUnit.SECONDS).build();  // seen: client  // expect: keepalive-below-permit-time
    }
}
