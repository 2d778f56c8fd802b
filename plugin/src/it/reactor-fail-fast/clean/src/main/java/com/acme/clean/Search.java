package com.acme.clean;

import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

public class Search {
    Object channel = ManagedChannelBuilder.forTarget("dns:///search:443").keepAliveTime(10, TimeUnit.MINUTES).build();
}
