package com.acme.ctorport;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Clients of the servers above, each on the port its server is created with. */
class Probes {
    ManagedChannel greeter() {
        return ManagedChannelBuilder.forAddress("localhost", 50051)  // seen: client
            .keepAliveTime(30, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time "accepts a ping every 1m at most" "it connects to localhost:50051, where the server built at src/main/java/com/acme/ctorport/GreeterServer.java:18" "port 50051 from final field GreeterServer.port" "constructor parameter port from new GreeterServer(50051) at GreeterServer.java:25"
            .build();
    }

    ManagedChannel notes() {
        return ManagedChannelBuilder.forAddress("127.0.0.1", 50055)  // seen: client
            .keepAliveTime(90, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time "accepts a ping every 2m at most" "where the server built at src/main/java/com/acme/ctorport/NotesServer.java:22" "port 50055 from private field NotesServer.port" "constructor parameter port from this(DEFAULT_PORT) at NotesServer.java:14, constant NotesServer.DEFAULT_PORT"
            .build();
    }

    /** TwinServer also listens here, and would accept this; but only one of its two instances does. */
    ManagedChannel twin() {
        return ManagedChannelBuilder.forAddress("localhost", 50061)  // seen: client
            .keepAliveTime(30, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time "accepts a ping every 5m at most" "where no server of the project or declared server listens"
            .build();
    }

    /** LeaseServer would accept this, but its port is not decided by its constructor alone. */
    ManagedChannel lease() {
        return ManagedChannelBuilder.forAddress("localhost", 50071)  // seen: client
            .keepAliveTime(30, TimeUnit.SECONDS)  // expect: keepalive-below-permit-time "accepts a ping every 5m at most" "where no server of the project or declared server listens"
            .build();
    }
}
