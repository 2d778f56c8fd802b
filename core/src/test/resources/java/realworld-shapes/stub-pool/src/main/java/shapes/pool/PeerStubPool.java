package shapes.pool;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A pool of channels to a peer, each pinging every 30 s even while idle. */
final class PeerStubPool {
    private final List<ManagedChannel> channels = new ArrayList<>();

    PeerStubPool(String address, int size) {
        for (int i = 0; i < size; i++) {
            channels.add(newChannel(address));
        }
    }

    private static ManagedChannel newChannel(String address) {
        return NettyChannelBuilder.forTarget(address)
            .keepAliveTime(30, TimeUnit.SECONDS)
            .keepAliveWithoutCalls(true)
            .usePlaintext()
            .build();
    }
}
