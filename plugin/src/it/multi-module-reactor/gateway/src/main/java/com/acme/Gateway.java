package com.acme;

import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

public class Gateway {
    // grpc-java raises 5 s to 10 s, and a default server permits one ping per 5 minutes
    Object channel = ManagedChannelBuilder.forTarget("dns:///users:443").keepAliveTime(5, TimeUnit.SECONDS).build();
}
