package com.acme.shaded;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.thirdparty.io.grpc.ManagedChannelBuilder;

public class ShadedChannels {
    void netty() {
        NettyChannelBuilder.forTarget("billing:9000").keepAliveTime(40, TimeUnit.SECONDS).build();
    }

    void ratis() {
        ManagedChannelBuilder.forAddress("raft-peer", 9872).keepAliveTime(2, TimeUnit.MINUTES).build();
    }

    void credentials() {
        Grpc.newChannelBuilder("dns:///audit:443", InsecureChannelCredentials.create())
            .keepAliveTime(3, TimeUnit.MINUTES)
            .build();
    }
}
