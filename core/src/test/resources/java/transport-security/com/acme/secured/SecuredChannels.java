package com.acme.secured;

import io.grpc.ManagedChannelBuilder;
import io.grpc.netty.NettyChannelBuilder;
import io.netty.handler.ssl.SslContext;
import java.util.concurrent.TimeUnit;

final class SecuredChannels {
    static Object tls() {
        return ManagedChannelBuilder.forTarget("billing:443").useTransportSecurity().keepAliveTime(5, TimeUnit.MINUTES).build();
    }

    static Object netty(SslContext context) {
        return NettyChannelBuilder.forTarget("billing:443").sslContext(context).keepAliveTime(5, TimeUnit.MINUTES).build();
    }

    static Object plain() {
        return ManagedChannelBuilder.forTarget("billing:80").usePlaintext().keepAliveTime(5, TimeUnit.MINUTES).build();
    }

    static Object sometimes(boolean secure) {
        ManagedChannelBuilder<?> b = ManagedChannelBuilder.forTarget("billing:443");
        b.keepAliveTime(5, TimeUnit.MINUTES);
        if (secure) {
            b.useTransportSecurity();
        }
        return b.build();
    }
}
