package com.acme.test;

import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.util.concurrent.TimeUnit;

public class InProcessSetup {
    ManagedChannel channel() {
        // keepAlive* calls do nothing on the in-process transport
        return InProcessChannelBuilder.forName("test")
            .keepAliveTime(1, TimeUnit.SECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }
}
