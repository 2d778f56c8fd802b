package com.acme.jobs;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Thread-pool keep-alive: says keepAliveTime but names no gRPC or etcd package. */
public class WorkerPool {
    private final long keepAliveTime = 60L;

    ThreadPoolExecutor create(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads * 4, keepAliveTime, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>());
        pool.setKeepAliveTime(30, TimeUnit.SECONDS);
        return pool;
    }
}
