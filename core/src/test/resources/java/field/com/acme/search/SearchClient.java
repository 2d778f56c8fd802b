package com.acme.search;

import io.grpc.ManagedChannel;
import io.grpc.okhttp.OkHttpChannelBuilder;
import java.util.concurrent.TimeUnit;

public class SearchClient {
    private final OkHttpChannelBuilder builder = OkHttpChannelBuilder.forTarget("search:50051");

    public SearchClient() {
        this.builder.keepAliveTime(90, TimeUnit.SECONDS);
    }

    ManagedChannel channel() {
        return builder.keepAliveWithoutCalls(true).build();
    }
}
