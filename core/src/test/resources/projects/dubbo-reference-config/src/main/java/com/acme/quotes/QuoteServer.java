package com.acme.quotes;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import java.io.IOException;

/** The quotes service as a plain grpc-java server on 50051, with grpc-java's keepalive policy as it comes. */
public final class QuoteServer {
    static Server start() throws IOException {
        return ServerBuilder.forPort(50051)  // seen: server
            .build()
            .start();
    }
}
