package com.acme.orders;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** The channel to the payments service. */
final class PaymentsChannel {
    static ManagedChannel open() {
        return ManagedChannelBuilder.forTarget("dns:///payments.internal:443")
            .keepAliveTime(45, TimeUnit.SECONDS)
            .build();
    }
}
