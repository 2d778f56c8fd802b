package com.acme.claims;

import io.camunda.zeebe.client.ZeebeClient;
import java.time.Duration;

public final class Workflows {
    static ZeebeClient defaults() {
        return ZeebeClient.newClientBuilder().gatewayAddress("zeebe-gateway:26500").usePlaintext().build();  // seen: client
    }

    static ZeebeClient behindProxy() {
        // an idle timeout of 60 s on the proxy, so ping often
        return ZeebeClient.newClientBuilder()  // seen: client
            .gatewayAddress("zeebe-gateway:26500")
            .keepAlive(Duration.ofSeconds(10))  // expect: keepalive-below-permit-time "Camunda 8 / Zeebe gateway"
            .build();
    }
}
