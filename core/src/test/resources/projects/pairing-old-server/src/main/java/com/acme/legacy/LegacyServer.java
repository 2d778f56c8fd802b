package com.acme.legacy;

import io.grpc.ManagedChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;

/** A grpc-java server from before the keepalive enforcer, and a client that pings it every 20 seconds. */
public class LegacyServer {
    void start() throws Exception {
        NettyServerBuilder.forPort(6000).build().start();  // seen: server
        ManagedChannelBuilder.forAddress("localhost", 6000).keepAliveTime(20, TimeUnit.SECONDS).build();  // seen: client  // expect: keepalive-below-permit-time
    }
}
