package com.example.inventory;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Background workers. Thread-pool keep-alive is about idle threads, not HTTP/2 pings. */
public final class Workers {
    private Workers() {
    }

    public static ThreadPoolExecutor create() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 8, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        pool.setKeepAliveTime(1, TimeUnit.SECONDS);
        return pool;
    }
}
