package com.acme.locks;

import io.etcd.jetcd.Client;

/** Accepted in the baseline: only new findings fail the build. */
public class Elections {
    private final Client client = Client.builder().endpoints("http://etcd-1:2379").build();
}
