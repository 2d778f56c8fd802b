package com.acme;

import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

public class Catalog {
    Object channel = ManagedChannelBuilder.forTarget("dns:///search:443").keepAliveTime(10, TimeUnit.MINUTES).build();
}
