package com.acme.quotes;

import org.apache.dubbo.config.ProtocolConfig;
import org.apache.dubbo.config.bootstrap.builders.ProtocolBuilder;

/** The ledger is exported by this application over triple on 50052: a Dubbo provider, which counts no ping strikes. */
public final class LedgerProvider {
    static ProtocolConfig protocol() {
        return ProtocolBuilder.newBuilder().name("tri").port(50052).build();  // seen: server
    }
}
