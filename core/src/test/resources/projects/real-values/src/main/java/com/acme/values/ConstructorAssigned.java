package com.acme.values;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** A final field assigned once in every constructor from a constant. */
class ConstructorAssigned {
    private final long pingSeconds;
    private final String target;

    ConstructorAssigned() {
        this("dns:///billing.svc:443");
    }

    ConstructorAssigned(String target) {
        this.target = target;
        this.pingSeconds = 20;
    }

    ManagedChannel open() {
        return ManagedChannelBuilder.forTarget(target).keepAliveTime(pingSeconds, TimeUnit.SECONDS).build();  // expect: keepalive-below-permit-time "keepAliveTime 20s"
    }
}
