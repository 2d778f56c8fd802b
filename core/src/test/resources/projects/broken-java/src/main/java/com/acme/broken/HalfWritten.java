package com.acme.broken;

import io.grpc.ManagedChannelBuilder;

public class HalfWritten {
    void open() {
        ManagedChannelBuilder.forTarget("x:1").keepAliveTime(30, ;  // expect: unreadable-input "not valid Java" "the scan went on without it"
    }
}
