package com.acme.config;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

public class ConfiguredChannel {
    interface Settings {
        long keepAliveSeconds();

        boolean idlePings();
    }

    ManagedChannel open(Settings settings) {
        return ManagedChannelBuilder.forTarget("dns:///inventory:443")  // seen: client
            .keepAliveTime(settings.keepAliveSeconds(), TimeUnit.SECONDS)  // expect: unresolved-value "keepAliveTime could not be determined" "settings.keepAliveSeconds()" "only known at run time" "checks that need it were skipped"
            .keepAliveWithoutCalls(settings.idlePings())  // expect: unresolved-value "keepAliveWithoutCalls could not be determined" "settings.idlePings()"
            .build();
    }
}
