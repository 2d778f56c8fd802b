package com.acme.ctorport;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** The constructor raises a small interval: what main passes is not what the field holds. */
class Backoff {
    private final long pingSeconds;

    Backoff(long pingSeconds) {
        if (pingSeconds < 600) {
            pingSeconds = 600;
        }
        this.pingSeconds = pingSeconds;
    }

    ManagedChannel open() {
        return ManagedChannelBuilder.forTarget("dns:///ledger.internal:443")  // seen: client
            .keepAliveTime(pingSeconds, TimeUnit.SECONDS)  // expect: unresolved-value "`pingSeconds` is a parameter of Backoff(); its value comes from the caller, and the constructor assigns it again"
            .build();
    }

    public static void main(String[] args) {
        new Backoff(5).open();
    }
}
