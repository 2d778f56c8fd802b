package com.acme.values;

import static java.util.concurrent.TimeUnit.*;

import io.etcd.jetcd.Client;
import io.grpc.ManagedChannelBuilder;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

public class Channels {
    private static final long LOCAL_SECONDS = 25;

    interface Config {
        long keepAliveSeconds();
    }

    void crossFileArithmetic() {
        ManagedChannelBuilder.forTarget("a:1").keepAliveTime(Timeouts.PING_SECONDS + 10, SECONDS).build();
    }

    void crossFileMillis() {
        ManagedChannelBuilder.forTarget("a:2").keepAliveTime(Timeouts.PING_MILLIS, MILLISECONDS).build();
    }

    void durationOfChronoUnit() {
        Duration d = Duration.of(2, ChronoUnit.MINUTES);
        ManagedChannelBuilder.forTarget("a:3").keepAliveTime(d.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    void durationToNanos() {
        ManagedChannelBuilder.forTarget("a:4").keepAliveTime(Duration.ofMinutes(1).toNanos(), NANOSECONDS).build();
    }

    void literalArithmetic() {
        ManagedChannelBuilder.forTarget("a:5").keepAliveTime(2 * 60, TimeUnit.SECONDS).build();
    }

    void nestedClassConstant() {
        Client.builder().endpoints("http://etcd:2379").keepaliveTime(Timeouts.Etcd.KEEPALIVE).build();
    }

    void sameFileConstantAndLocal() {
        final long factor = 2;
        ManagedChannelBuilder.forTarget("a:7").keepAliveTime(LOCAL_SECONDS * factor, SECONDS).build();
    }

    void crossFileDurationSeconds() {
        ManagedChannelBuilder.forTarget("a:8").keepAliveTime(Timeouts.PING.getSeconds(), SECONDS).build();
    }

    void methodCall(Config config) {
        ManagedChannelBuilder.forTarget("a:9").keepAliveTime(config.keepAliveSeconds(), SECONDS).build();
    }

    void parameter(long seconds) {
        ManagedChannelBuilder.forTarget("a:10").keepAliveTime(seconds, SECONDS).build();
    }

    void mutableField() {
        ManagedChannelBuilder.forTarget("a:11").keepAliveTime(Timeouts.mutable, SECONDS).build();
    }

    void timeUnitConversion() {
        ManagedChannelBuilder.forTarget("a:12").keepAliveTime(TimeUnit.HOURS.toMillis(1), MILLISECONDS).build();
    }

    void durationOfMillis() {
        Client.builder().endpoints("http://etcd:2379").keepaliveTime(Duration.ofMillis(1500)).build();
    }
}
