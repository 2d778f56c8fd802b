package com.acme.misc;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.lease.LeaseKeepAliveResponse;
import io.grpc.stub.StreamObserver;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class LookAlikes {
    ThreadPoolExecutor pool() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 4, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        executor.setKeepAliveTime(5, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    void lease(Client client, long leaseId, StreamObserver<LeaseKeepAliveResponse> observer) {
        client.getLeaseClient().keepAlive(leaseId, observer);
        client.getLeaseClient().keepAliveOnce(leaseId);
    }

    void tcp(Bootstrap bootstrap) {
        bootstrap.option(ChannelOption.SO_KEEPALIVE, true);
    }
}
