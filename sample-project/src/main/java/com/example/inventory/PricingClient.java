package com.example.inventory;

import static com.example.inventory.KeepaliveSettings.PING_INTERVAL_SECONDS;
import static com.example.inventory.KeepaliveSettings.PING_TIMEOUT_SECONDS;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Calls the pricing service for current prices. */
public class PricingClient implements AutoCloseable {
    private final ManagedChannel channel;

    public PricingClient(String target) {
        this.channel = ManagedChannelBuilder.forTarget("dns:///pricing.internal:443")
            .keepAliveTime(PING_INTERVAL_SECONDS, TimeUnit.SECONDS)
            .keepAliveTimeout(PING_TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }

    public ManagedChannel channel() {
        return channel;
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdown().awaitTermination(5, TimeUnit.SECONDS);
    }
}
