package com.acme.ledger.store;

import com.google.api.gax.grpc.InstantiatingGrpcChannelProvider;
import com.google.cloud.bigtable.data.v2.stub.EnhancedBigtableStubSettings;
import org.threeten.bp.Duration;

/** Channel settings of the ledger's Bigtable client, written as the client library's own settings once were. */
public final class LedgerStubSettings {
    private static final long PING_SECONDS = 10;

    static InstantiatingGrpcChannelProvider.Builder production() {
        return EnhancedBigtableStubSettings.defaultGrpcTransportProviderBuilder()  // seen: client
            .setPoolSize(4)
            .setKeepAliveTime(Duration.ofSeconds(PING_SECONDS))  // expect: keepalive-below-permit-time "Google Front End" "Google does not document this policy"
            .setKeepAliveTimeout(Duration.ofSeconds(10))
            .setKeepAliveWithoutCalls(true);
    }

    static InstantiatingGrpcChannelProvider.Builder emulator() {
        return InstantiatingGrpcChannelProvider.newBuilder()  // seen: client
            .setEndpoint("localhost:8086")
            .setKeepAliveTime(Duration.ofSeconds(61));  // expect: keepalive-below-permit-time "on this machine"
    }

    static InstantiatingGrpcChannelProvider.Builder tuned() {
        InstantiatingGrpcChannelProvider.Builder b = InstantiatingGrpcChannelProvider.newBuilder();  // seen: client
        b.setKeepAliveTimeDuration(java.time.Duration.ofSeconds(30));
        b.setKeepAliveWithoutCalls(Boolean.FALSE);
        return b;
    }
}
