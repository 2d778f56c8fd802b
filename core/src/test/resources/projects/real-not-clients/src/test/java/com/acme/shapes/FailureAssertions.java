package com.acme.shapes;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.etcd.jetcd.Client;
import io.grpc.ManagedChannelBuilder;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/** Builders that are expected to fail are not clients; the one at the end is. */
class FailureAssertions {
    void rejectsBadInput() {
        assertThrows(IllegalStateException.class, () -> Client.builder().build());
        assertThatThrownBy(() -> Client.builder().endpoints((URI) null)).isInstanceOf(NullPointerException.class);
        assertThatCode(() -> ManagedChannelBuilder.forTarget("dns:///x:1")
            .keepAliveTime(1, TimeUnit.SECONDS).keepAliveWithoutCalls(true).build());
    }

    void connects() {
        Client client = Client.builder().endpoints("http://etcd-0:2379").build();  // seen: client  // expect: ping-without-calls "Server assumed: etcd server"
    }
}
