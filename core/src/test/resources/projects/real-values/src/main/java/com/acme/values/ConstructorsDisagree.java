package com.acme.values;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Two constructors, two values: not decidable. */
class ConstructorsDisagree {
    private final long pingSeconds;

    ConstructorsDisagree() {
        pingSeconds = 20;
    }

    ConstructorsDisagree(boolean slow) {
        pingSeconds = 600;
    }

    ManagedChannel open() {
        return ManagedChannelBuilder.forTarget("dns:///billing.svc:443").keepAliveTime(pingSeconds, TimeUnit.SECONDS).build();  // expect: unresolved-value "assigned different values in different constructors"
    }
}
