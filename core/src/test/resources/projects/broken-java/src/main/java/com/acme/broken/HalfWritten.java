package com.acme.broken;

import io.grpc.ManagedChannelBuilder;

public class HalfWritten {
    void open() {
        ManagedChannelBuilder.forTarget("x:1").keepAliveTime(30, ;
    }
}
