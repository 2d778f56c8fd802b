package shapes.property;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** After the fix: the interval is a system property, six minutes unless an operator sets it. */
public final class TunableRegistryChannel {
    public ManagedChannel open(String host, int port) {
        return ManagedChannelBuilder.forAddress(host, port)
            .keepAliveTime(keepAliveMillis(), TimeUnit.MILLISECONDS)
            .usePlaintext()
            .build();
    }

    private int keepAliveMillis() {
        String millis = System.getProperty("registry.grpc.keepalive.millis", String.valueOf(6 * 60 * 1000));
        return Integer.valueOf(millis);
    }
}
