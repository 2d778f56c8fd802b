package com.acme.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;

/** Builders that never reach build(): discarded, or only inspected. */
class NeverBuilt {
    void discarded() {
        Client.builder().endpoints("http://etcd-0:2379");
    }

    void inspected() {
        ClientBuilder builder = Client.builder().endpoints("http://etcd-0:2379");
        assertThat(builder.keepaliveTime()).isNotNull();
    }
}
