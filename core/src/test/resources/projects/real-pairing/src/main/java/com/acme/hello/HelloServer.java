package com.acme.hello;

import io.grpc.Server;
import io.grpc.ServerBuilder;

class HelloServer {
    Server start() throws java.io.IOException {
        return ServerBuilder.forPort(50051).build().start();
    }
}
