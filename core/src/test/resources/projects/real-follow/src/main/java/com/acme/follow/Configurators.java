package com.acme.follow;

import com.google.api.core.ApiFunction;
import com.google.api.gax.grpc.InstantiatingGrpcChannelProvider;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Lambdas whose parameter is a channel builder: given to a configurator, or typed by their variable. */
class Configurators {
    InstantiatingGrpcChannelProvider provider(InstantiatingGrpcChannelProvider.Builder builder) {
        builder.setChannelConfigurator(b -> b.keepAliveTime(20, TimeUnit.SECONDS).keepAliveWithoutCalls(true));  // expect: keepalive-below-permit-time  // expect: ping-without-calls
        return builder.build();
    }

    ApiFunction<ManagedChannelBuilder, ManagedChannelBuilder> slowPings() {
        ApiFunction<ManagedChannelBuilder, ManagedChannelBuilder> configurator = b -> b.keepAliveTime(1, TimeUnit.MINUTES);  // expect: keepalive-below-permit-time "keepAliveTime 1m"
        return configurator;
    }

    ApiFunction<ManagedChannelBuilder, ManagedChannelBuilder> calm() {
        return b -> b.usePlaintext();
    }
}
