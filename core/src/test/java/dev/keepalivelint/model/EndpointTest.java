package dev.keepalivelint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets as clients write them: the host and port a client connects to. */
class EndpointTest {
    @Test
    void aUrlQueryIsNotPartOfThePort() {
        Endpoint e = Endpoint.parseTarget("tri://localhost:50052?qos.port=22223");
        assertEquals("localhost", e.host());
        assertEquals(Integer.valueOf(50052), e.port());
        assertTrue(e.isLoopback());
        assertEquals(Integer.valueOf(50051), Endpoint.parseTarget("tri://10.0.0.7:50051#orders").port());
        assertEquals(Integer.valueOf(443), Endpoint.parseTarget("dns:///users.svc:443").port());
    }

    @Test
    void aFullyQualifiedHostWithItsRootDotIsTheSameHostForADeclaration() {
        // Kubernetes manifests write service names with the root dot (etcd-client.default.svc.cluster.local.:2379).
        Endpoint client = Endpoint.parseTarget("etcd-client.default.svc.cluster.local.:2379");
        assertEquals("etcd-client.default.svc.cluster.local", client.host());
        assertEquals(Integer.valueOf(2379), client.port());
        for (String target : new String[] {"etcd-client.default.svc.cluster.local:2379", "etcd-client.*:*",
            "etcd-client.default.svc.cluster.local.:*"}) {
            DeclaredServer etcd = new DeclaredServer("etcd", List.of(target), "etcd", null, null, null, false, "test");
            assertTrue(etcd.matches(client), target);
            assertTrue(etcd.matches(Endpoint.parseTarget("etcd-client.default.svc.cluster.local:2379")), target);
        }
    }
}
