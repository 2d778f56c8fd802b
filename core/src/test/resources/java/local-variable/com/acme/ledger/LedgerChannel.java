package com.acme.ledger;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;

public class LedgerChannel {
    public ManagedChannel open(boolean tls) {
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress("ledger", 7070);
        if (!tls) {
            builder.usePlaintext();
        }
        builder.keepAliveTime(1, TimeUnit.MINUTES);
        builder.keepAliveWithoutCalls(false);
        // a later call wins
        builder.keepAliveTime(45, TimeUnit.SECONDS);
        return builder.build();
    }
}
