package com.acme.inspected;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.gax.grpc.InstantiatingGrpcChannelProvider;
import java.time.Duration;

/** A channel provider built to check that its settings survive a copy; no channel is ever asked for. */
class ProviderSettingsTest {
    void settingsSurviveTheCopy() {
        Duration every = Duration.ofSeconds(5);
        InstantiatingGrpcChannelProvider provider = InstantiatingGrpcChannelProvider.newBuilder()
            .setEndpoint("ledger.example.com:443")
            .setKeepAliveTimeDuration(every)
            .setKeepAliveWithoutCalls(true)
            .build();

        InstantiatingGrpcChannelProvider.Builder copy = provider.toBuilder();
        copy.setPoolSize(2);

        assertThat(copy.getEndpoint()).isEqualTo("ledger.example.com:443");
        assertThat(copy.getKeepAliveTimeDuration()).isEqualTo(every);
        assertThat(copy.build().toBuilder().getPoolSize()).isEqualTo(2);
        assertThat(provider).isNotNull();
    }

    void askedForAChannel() throws Exception {
        InstantiatingGrpcChannelProvider provider = InstantiatingGrpcChannelProvider.newBuilder()
            .setEndpoint("ledger.example.com:443")
            .setKeepAliveTimeDuration(Duration.ofSeconds(5))  // expect: keepalive-below-permit-time // expect: keepalive-below-client-minimum "the wire does 10s"
            .build();
        assertThat(provider.getEndpoint()).isEqualTo("ledger.example.com:443");
        provider.getTransportChannel().shutdownNow();
    }
}
