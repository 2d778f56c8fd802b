package com.acme.broken;

import io.etcd.jetcd.Client;

public class Election {
    Client client = Client.builder().endpoints("http://etcd:2379").build();  // seen: client  // expect: ping-without-calls
}
