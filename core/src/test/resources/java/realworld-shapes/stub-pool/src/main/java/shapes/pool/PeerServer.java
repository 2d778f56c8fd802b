package shapes.pool;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;

/** The peers' own server, at grpc-java's enforcement defaults. */
final class PeerServer {
    Server start(int port) throws IOException {
        return NettyServerBuilder.forPort(port).build().start();
    }
}
