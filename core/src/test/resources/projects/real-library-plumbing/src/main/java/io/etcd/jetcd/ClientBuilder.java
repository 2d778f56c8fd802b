package io.etcd.jetcd;

import java.time.Duration;

/** The library's own builder: its settings start at the library's defaults and are read back through getters. */
public final class ClientBuilder {
    private String target;
    private Duration keepaliveTime = Duration.ofSeconds(30L);
    private Boolean keepaliveWithoutCalls = true;

    public ClientBuilder target(String target) {
        this.target = target;
        return this;
    }

    public String target() {
        return target;
    }

    public ClientBuilder keepaliveTime(Duration keepaliveTime) {
        this.keepaliveTime = keepaliveTime;
        return this;
    }

    public Duration keepaliveTime() {
        return keepaliveTime;
    }

    public ClientBuilder keepaliveWithoutCalls(Boolean keepaliveWithoutCalls) {
        this.keepaliveWithoutCalls = keepaliveWithoutCalls;
        return this;
    }

    public Boolean keepaliveWithoutCalls() {
        return keepaliveWithoutCalls;
    }
}
