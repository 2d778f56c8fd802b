package com.acme.sup;

import io.etcd.jetcd.Client;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

@SuppressWarnings("keepalive-lint:ping-without-calls")
class TypeLevel {
    Client etcd = Client.builder().endpoints("http://etcd:2379").build();  // seen: client  // suppressed: ping-without-calls
}

class MethodLevel {
    @SuppressWarnings({"unchecked", "keepalive-lint"})
    void open() {
        ManagedChannelBuilder.forTarget("a:1").keepAliveTime(30, TimeUnit.SECONDS).keepAliveWithoutCalls(true).build();  // seen: client  // suppressed: keepalive-below-permit-time  // suppressed: ping-without-calls
    }
}

class FieldLevel {
    @SuppressWarnings("keepalive-lint:keepalive-below-permit-time")
    Object channel = ManagedChannelBuilder.forTarget("b:1").keepAliveTime(30, TimeUnit.SECONDS).keepAliveWithoutCalls(true).build();  // seen: client  // suppressed: keepalive-below-permit-time  // expect: ping-without-calls
}

class LocalLevel {
    void open() {
        @SuppressWarnings(value = "keepalive-lint:ping-without-calls")
        Client c = Client.builder().endpoints("http://etcd:2379").build();  // seen: client  // suppressed: ping-without-calls
    }
}

class Comments {
    void open() {
        // keepalive-lint:ignore keepalive-below-permit-time -- the pricing proxy permits 30s, see OPS-123
        ManagedChannelBuilder.forTarget("c:1").keepAliveTime(30, TimeUnit.SECONDS).build();  // seen: client  // suppressed: keepalive-below-permit-time
        ManagedChannelBuilder.forTarget("d:1").keepAliveTime(30, TimeUnit.SECONDS).build(); // keepalive-lint:ignore ping-without-calls -- wrong rule  // seen: client  // expect: keepalive-below-permit-time
    }
}
