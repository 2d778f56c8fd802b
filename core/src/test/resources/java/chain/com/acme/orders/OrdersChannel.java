package com.acme.orders;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

public class OrdersChannel {
    public ManagedChannel open() {
        return ManagedChannelBuilder.forTarget("orders.internal:8443")
            .keepAliveTime(20, TimeUnit.SECONDS)
            .keepAliveTimeout(5, TimeUnit.SECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }
}
