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
        return ManagedChannelBuilder.forTarget("dns:///inventory:443")
            .keepAliveTime(settings.keepAliveSeconds(), TimeUnit.SECONDS)
            .keepAliveWithoutCalls(settings.idlePings())
            .build();
    }
}
