package com.acme.ctorport;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Builds its channel in the constructor, straight from the parameter; main passes the greeter's port. */
public class Forwarder {
    private final ManagedChannel channel;

    public Forwarder(int targetPort) {
        channel = ManagedChannelBuilder.forAddress("localhost", targetPort)  // seen: client
            .keepAliveTime(45, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time "accepts a ping every 1m at most" "it connects to localhost:50051 (port 50051 from constructor parameter targetPort from new Forwarder(50051) at Forwarder.java:18), where the server built at src/main/java/com/acme/ctorport/GreeterServer.java:18"
            .build();
    }

    public static void main(String[] args) {
        new Forwarder(50051);
    }
}
