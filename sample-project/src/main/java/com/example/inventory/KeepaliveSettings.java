package com.example.inventory;

/** Connection tuning shared by the service's outbound channels. */
public final class KeepaliveSettings {
    /** Ping the pricing service every 30 seconds so that the load balancer does not drop idle connections. */
    public static final long PING_INTERVAL_SECONDS = 30;

    public static final long PING_TIMEOUT_SECONDS = 10;

    private KeepaliveSettings() {
    }
}
