package com.acme.aaa;

import io.grpc.Server;
import io.grpc.ServerBuilder;

class AlphaServer {
    Server start() throws java.io.IOException {
        return ServerBuilder.forPort(50051).build().start();
    }
}
