package com.acme.orders;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;
import org.apache.dubbo.config.ProtocolConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.bootstrap.builders.ProtocolBuilder;
import org.apache.dubbo.config.bootstrap.builders.ReferenceBuilder;

/** The inventory provider exported in Java, a Dubbo consumer of it and a gRPC client of it: none counts ping strikes. */
public final class Provider {
    static ProtocolConfig inventoryProtocol() {
        return ProtocolBuilder.newBuilder().name("tri").port(50053).build();  // seen: server
    }

    static ReferenceConfig<InventoryService> inventory() {
        return ReferenceBuilder.<InventoryService>newBuilder()  // seen: client
            .interfaceClass(InventoryService.class)
            .url("tri://localhost:50053?qos.port=22223")
            .build();
    }

    static ManagedChannel inventoryChannel() {
        return ManagedChannelBuilder.forAddress("localhost", 50053)  // seen: client
            .keepAliveTime(60, TimeUnit.SECONDS)
            .keepAliveWithoutCalls(true)
            .build();
    }

    interface InventoryService {
    }
}
