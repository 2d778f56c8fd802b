package com.acme.orders;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.bootstrap.builders.ReferenceBuilder;

/** The orders service: a grpc-java pricing server, a Dubbo consumer of it, and a grpc-java client of its own triple port. */
public final class Wiring {
    static Server pricing() {
        return NettyServerBuilder.forPort(9090).build();  // seen: server
    }

    /** Calls the grpc-java pricing server over triple: Dubbo pings every idle minute, which that server does not permit. */
    static ReferenceConfig<PricingService> pricingReference() {
        return ReferenceBuilder.<PricingService>newBuilder()  // seen: client  // expect: ping-without-calls "Dubbo triple consumer" "grpc-java server" "Note: Dubbo's triple consumer sends an HTTP/2 PING" "0 stops the pings"  // expect: keepalive-below-permit-time "keepAliveTime 1m (dubbo-triple 3.3.1 default"
            .interfaceClass(PricingService.class)
            .url("tri://localhost:9090?qos.port=22224")
            .build();
    }

    /** A gRPC client of this application's own triple port (application.yml): Dubbo's provider counts no ping strikes. */
    static ManagedChannel ordersProbe() {
        return ManagedChannelBuilder.forAddress("localhost", 50052)  // seen: client
            .keepAliveTime(60, TimeUnit.SECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }

    interface PricingService {
    }
}
