package com.acme.search;

import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

class ChannelsTest {
    Object local = ManagedChannelBuilder.forTarget("dns:///index.internal:443").keepAliveTime(7, TimeUnit.MINUTES).build();
}
