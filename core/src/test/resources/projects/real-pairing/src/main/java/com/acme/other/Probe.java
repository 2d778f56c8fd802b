package com.acme.other;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Several servers of the project listen on 50051, none beside it. */
class Probe {
    ManagedChannel open() {
        return ManagedChannelBuilder.forAddress("localhost", 50051).keepAliveTime(1, TimeUnit.MINUTES).build();  // seen: client  // expect: keepalive-below-permit-time "3 servers of the project listen there"
    }
}
