package com.acme.locks;

import io.etcd.jetcd.Client;

public class Locks {
    private final Client client = Client.builder().endpoints("http://etcd:2379").build();
}
