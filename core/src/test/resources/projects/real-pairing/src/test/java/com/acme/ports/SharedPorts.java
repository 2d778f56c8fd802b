package com.acme.ports;

import io.etcd.jetcd.Client;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import java.util.concurrent.TimeUnit;

/** Ports known only at run time, shared by the server and the client. */
class SharedPorts {
    private int serverPort;

    void permissive() throws Exception {
        int port = freePort();
        Server server = NettyServerBuilder.forPort(port).permitKeepAliveTime(10, TimeUnit.SECONDS).build().start();
        ManagedChannel channel = NettyChannelBuilder.forAddress("localhost", port).keepAliveTime(10, TimeUnit.SECONDS).build();  // seen: client
    }

    void strict() throws Exception {
        serverPort = freePort();
        NettyServerBuilder.forPort(serverPort).build().start();
        ManagedChannel channel = NettyChannelBuilder.forAddress("localhost", serverPort).keepAliveTime(30, TimeUnit.SECONDS).build();  // expect: keepalive-below-permit-time "it reads its port from `serverPort`"
    }

    void etcdClientAgainstAFakeServer() throws Exception {
        Server fake = NettyServerBuilder.forPort(0).directExecutor().build().start();
        Client client = Client.builder().endpoints("http://127.0.0.1:" + fake.getPort()).build();  // expect: keepalive-below-permit-time  // expect: ping-without-calls "it connects to the port of `fake`"
    }

    private static int freePort() {
        return 0;
    }
}
