package com.acme.reports;

import io.grpc.Server;
import io.grpc.ServerBuilder;

/** A service left at grpc-java's defaults (5 min, no idle pings): the helper's pings are struck here. */
public final class ReportsMain {
    public static void main(String[] args) throws Exception {
        Server server = ServerBuilder.forPort(Integer.parseInt(args[0])).build().start();  // seen: server
        server.awaitTermination();
    }
}
