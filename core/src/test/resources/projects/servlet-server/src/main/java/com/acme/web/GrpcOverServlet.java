package com.acme.web;

import io.grpc.BindableService;
import io.grpc.servlet.jakarta.GrpcServlet;
import io.grpc.servlet.jakarta.ServletServerBuilder;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC services served by the servlet container. grpc-java's servlet transport counts no ping strikes; its
 * permit setters are ServerBuilder's, which throw UnsupportedOperationException, so this code fails when it runs.
 */
public final class GrpcOverServlet {
    static GrpcServlet servlet(ServletServerBuilder builder, BindableService orders) {  // seen: server
        return builder.addService(orders)
            .permitKeepAliveTime(30, TimeUnit.SECONDS)
            .buildServlet();
    }
}
