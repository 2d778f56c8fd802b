package com.acme.values;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** A default read with a key: decided by default, unless the key is set. */
class KeyedDefault {
    private static final long PING_SECONDS = 60;

    ManagedChannel fromProperty() {
        return ManagedChannelBuilder.forTarget("dns:///ledger.svc:443")
            .keepAliveTime(Long.getLong("ledger.ping.seconds", 30L), TimeUnit.SECONDS).build();  // expect: keepalive-below-permit-time "by default, unless ledger.ping.seconds is set"
    }

    ManagedChannel fromConstant() {
        return ManagedChannelBuilder.forTarget("dns:///ledger.svc:443")
            .keepAliveTime(PING_SECONDS, TimeUnit.SECONDS).build();  // expect: keepalive-below-permit-time "Set `PING_SECONDS` at KeyedDefault.java:9 to 300 or more"
    }
}
