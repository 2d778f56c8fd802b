package shapes.units;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;

/** A controller client whose keepalive constant is in seconds: a minute, below the server's five. */
public final class ControllerChannel {
    // Detects dead connections during long calls.
    private static final long KEEPALIVE_SECONDS = 60;

    public ManagedChannel open(String target) {
        return NettyChannelBuilder.forTarget(target)
            .keepAliveTime(KEEPALIVE_SECONDS, TimeUnit.SECONDS)
            .usePlaintext()
            .build();
    }
}
