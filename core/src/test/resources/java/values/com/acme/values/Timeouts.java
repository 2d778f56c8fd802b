package com.acme.values;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

public final class Timeouts {
    public static final long PING_SECONDS = 20;
    public static final long PING_MILLIS = TimeUnit.MINUTES.toMillis(5);
    public static final Duration PING = Duration.ofSeconds(PING_SECONDS * 3);
    public static long mutable = 10;

    public static final class Etcd {
        public static final Duration KEEPALIVE = Duration.parse("PT45S");

        private Etcd() {
        }
    }

    private Timeouts() {
    }
}
