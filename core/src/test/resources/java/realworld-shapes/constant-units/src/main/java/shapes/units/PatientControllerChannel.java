package shapes.units;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;

/** The same client after the fix: the constant is in minutes and above the server's five. */
public final class PatientControllerChannel {
    private static final long KEEPALIVE_MINUTES = 6;

    public ManagedChannel open(String target) {
        return NettyChannelBuilder.forTarget(target)
            .keepAliveTime(KEEPALIVE_MINUTES, TimeUnit.MINUTES)
            .usePlaintext()
            .build();
    }
}
