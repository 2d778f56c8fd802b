package com.acme.values;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;

/** The interval comes from configuration at run time; idle pings are on whenever keepalive is. */
class IdleTransport {
    protected static int intervalSeconds = Settings.read("transport.keepalive.interval");

    ManagedChannel open(String host, int port) {
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(host, port);
        if (intervalSeconds > 0) {
            builder.keepAliveWithoutCalls(true);  // expect: ping-without-calls "this holds whatever the interval is, unless it is 2h or more"
            builder.keepAliveTime(intervalSeconds, TimeUnit.SECONDS);  // expect: unresolved-value
        }
        return builder.build();
    }
}
