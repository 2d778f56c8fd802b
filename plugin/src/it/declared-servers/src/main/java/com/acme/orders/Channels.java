package com.acme.orders;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

public class Channels {
    /** The inventory service permits 20 s pings, also while idle (declared in the POM). */
    ManagedChannel inventory() {
        return ManagedChannelBuilder.forTarget("dns:///inventory.prod:443")
            .keepAliveTime(30, TimeUnit.SECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }

    /** Fine against a default server, but the ledger (grpc-go) only permits a ping every 10 minutes. */
    ManagedChannel ledger() {
        return ManagedChannelBuilder.forTarget("dns:///ledger.prod:443")
            .keepAliveTime(6, TimeUnit.MINUTES)
            .build();
    }
}
