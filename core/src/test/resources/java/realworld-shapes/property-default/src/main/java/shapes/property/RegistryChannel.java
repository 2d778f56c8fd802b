package shapes.property;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** A registry client that pinged every 30 s against its own project's default server. */
public final class RegistryChannel {
    public ManagedChannel open(String host, int port) {
        return ManagedChannelBuilder.forAddress(host, port)
            .keepAliveTime(30, TimeUnit.SECONDS)
            .usePlaintext()
            .build();
    }
}
