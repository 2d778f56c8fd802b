package com.acme.orders;

import io.temporal.testserver.TestServer;

class OrdersWorkflowTest {
    static TestServer.PortBoundTestServer server() {
        return TestServer.createPortBoundServer(7233);  // seen: server
    }
}
