package com.acme.quotes;

import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.apache.dubbo.config.bootstrap.builders.ReferenceBuilder;
import org.apache.dubbo.rpc.model.ModuleModel;

/** Dubbo references written with new ReferenceConfig<>() and setters, calling the grpc-java quotes server directly. */
public final class QuoteConsumers {

    /** Heartbeat as it comes (60 s): pings the grpc-java server every idle minute, and faster than it permits. */
    static void startWithBootstrap(DubboBootstrap bootstrap) {
        ReferenceConfig<QuoteService> quotes = new ReferenceConfig<>();  // seen: client  // expect: ping-without-calls "Dubbo triple consumer" "new ReferenceConfig<>()" "keepAliveWithoutCalls true (dubbo-triple 3.3.1 default" "grpc-java server"  // expect: keepalive-below-permit-time "keepAliveTime 1m (dubbo-triple 3.3.1 default" "QuoteServer.java:10"
        quotes.setInterface(QuoteService.class);
        quotes.setTimeout(2000);
        quotes.setUrl("tri://localhost:50051");
        bootstrap.reference(quotes).start();
    }

    /** heartbeat=0 on the url: no pings at all, so nothing is struck. */
    static QuoteService silent(ModuleModel module) {
        ReferenceConfig<QuoteService> quotes = new ReferenceConfig<>(module);  // seen: client
        quotes.setInterface(QuoteService.class);
        quotes.setUrl("tri://localhost:50051?heartbeat=0");
        return quotes.get();
    }

    /** heartbeat=300000: as often as the server permits while calls run, but still every 5 minutes while idle. */
    static QuoteService everyFiveMinutes() {
        ReferenceConfig<QuoteService> quotes = new ReferenceConfig<>();  // seen: client  // expect: ping-without-calls "keepAliveTime 5m (written as the url's heartbeat=300000 (ms)"
        quotes.setUrl("tri://localhost:50051?timeout=3000&heartbeat=300000");
        QuoteService service = quotes.get();
        return service;
    }

    /** heartbeat=30000: twice a minute, below the 5 minutes the server permits, and while idle too. */
    static QuoteService twiceAMinute() {
        ReferenceConfig<QuoteService> quotes = new ReferenceConfig<>();  // seen: client  // expect: ping-without-calls "keepAliveTime 30s (written as the url's heartbeat=30000 (ms)"
        quotes.setUrl("tri://localhost:50051?heartbeat=30000");  // expect: keepalive-below-permit-time "keepAliveTime 30s (written as the url's heartbeat=30000 (ms) at QuoteConsumers.java:39"
        return quotes.get();
    }

    /** dubbo:// is Dubbo's own TCP protocol, not triple: no HTTP/2 PING, whatever listens there. */
    static QuoteService overDubboProtocol() {
        ReferenceConfig<QuoteService> quotes = new ReferenceConfig<>();
        quotes.setUrl("dubbo://localhost:50051");
        return quotes.get();
    }

    /** A url without a scheme gets Dubbo's default protocol, dubbo: not triple either. */
    static QuoteService withoutScheme() {
        ReferenceConfig<QuoteService> quotes = new ReferenceConfig<>();
        quotes.setUrl("localhost:50051");
        return quotes.get();
    }

    /** Dubbo to Dubbo: this application's own triple provider enforces nothing. */
    static QuoteService ledger() {
        ReferenceConfig<QuoteService> ledger = new ReferenceConfig<>();  // seen: client
        ledger.setUrl("tri://localhost:50052");
        return ledger.get();
    }

    /** Only configured, never handed to a bootstrap nor got: no connection is made. */
    static void configuredOnly() {
        ReferenceConfig<QuoteService> unused = new ReferenceConfig<>();
        unused.setUrl("tri://localhost:50051");
    }

    /** The ReferenceBuilder form reads the url's heartbeat too. */
    static ReferenceConfig<QuoteService> builtSilent() {
        return ReferenceBuilder.<QuoteService>newBuilder()  // seen: client
            .interfaceClass(QuoteService.class)
            .url("tri://localhost:50051?heartbeat=0")
            .build();
    }

    interface QuoteService {
    }
}
