package com.acme.orders;

import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;

public final class TemporalClients {
    static WorkflowServiceStubs production() {
        // SDK defaults since 1.23.0: 30 s pings, also while idle; the Temporal frontend permits both
        return WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget("temporal-frontend.prod:7233").build());  // seen: client
    }

    static WorkflowServiceStubs local() {
        return WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:7233").build());  // seen: client  // expect: keepalive-below-permit-time  // expect: ping-without-calls "Temporal Java test server"
    }
}
