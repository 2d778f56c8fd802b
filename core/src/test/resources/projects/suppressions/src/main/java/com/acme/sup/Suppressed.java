package com.acme.sup;

import io.etcd.jetcd.Client;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

@SuppressWarnings("keepalive-lint:ping-without-calls")
class TypeLevel {
    Client etcd = Client.builder().endpoints("http://etcd:2379").build();
}

class MethodLevel {
    @SuppressWarnings({"unchecked", "keepalive-lint"})
    void open() {
        ManagedChannelBuilder.forTarget("a:1").keepAliveTime(30, TimeUnit.SECONDS).keepAliveWithoutCalls(true).build();
    }
}

class FieldLevel {
    @SuppressWarnings("keepalive-lint:keepalive-below-permit-time")
    Object channel = ManagedChannelBuilder.forTarget("b:1").keepAliveTime(30, TimeUnit.SECONDS).keepAliveWithoutCalls(true).build();
}

class LocalLevel {
    void open() {
        @SuppressWarnings(value = "keepalive-lint:ping-without-calls")
        Client c = Client.builder().endpoints("http://etcd:2379").build();
    }
}

class Comments {
    void open() {
        // keepalive-lint:ignore keepalive-below-permit-time -- the pricing proxy permits 30s, see OPS-123
        ManagedChannelBuilder.forTarget("c:1").keepAliveTime(30, TimeUnit.SECONDS).build();
        ManagedChannelBuilder.forTarget("d:1").keepAliveTime(30, TimeUnit.SECONDS).build(); // keepalive-lint:ignore ping-without-calls -- wrong rule
    }
}
