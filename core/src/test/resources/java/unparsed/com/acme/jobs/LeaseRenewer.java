package com.acme.jobs;

import io.etcd.jetcd.Lease;
import io.etcd.jetcd.lease.LeaseKeepAliveResponse;
import io.grpc.stub.StreamObserver;

/** Lease keep-alive: names io.etcd.jetcd and io.grpc but creates no client and sets no keepalive. */
public class LeaseRenewer {
    private final Lease leases;

    public LeaseRenewer(Lease leases) {
        this.leases = leases;
    }

    void renew(long leaseId, StreamObserver<LeaseKeepAliveResponse> observer) {
        leases.keepAlive(leaseId, observer);
    }
}
