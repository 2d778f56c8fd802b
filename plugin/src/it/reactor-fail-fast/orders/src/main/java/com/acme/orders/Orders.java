package com.acme.orders;

import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

public class Orders {
    Object channel = ManagedChannelBuilder.forTarget("dns:///billing:443").keepAliveTime(30, TimeUnit.SECONDS).build();
}
