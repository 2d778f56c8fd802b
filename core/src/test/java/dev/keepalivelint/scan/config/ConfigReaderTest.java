package dev.keepalivelint.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

    private static ConfigReader.Read read(String name, String text) {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static ConfigReader.Read read(String name, byte[] bytes) {
        Path p = Paths.get("src/main/resources", name);
        return ConfigReader.read(p, "src/main/resources/" + name, bytes);
    }

    private static ConfigEntry entry(ConfigReader.Read r, String key) {
        for (ConfigDocument d : r.documents) {
            for (ConfigEntry e : d.entries()) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
        }
        throw new AssertionError("no " + key + " in " + r.documents.get(0).entries());
    }

    @Test
    void yamlKeysAreFlattenedWithTheirLineAndColumn() {
        ConfigReader.Read r = read("application.yml", "grpc:\n  client:\n    inventory.address: static://x:1\n"
            + "    orders:\n      keep-alive-time: 30s\n      endpoints: [a:1, b:2]\n");
        ConfigEntry time = entry(r, "grpc.client.orders.keep-alive-time");
        assertEquals("30s", time.value());
        assertEquals(5, time.location().line());
        assertEquals(7, time.location().column());
        assertEquals("static://x:1", entry(r, "grpc.client.inventory.address").value(), "dotted YAML keys split");
        assertEquals("a:1", entry(r, "grpc.client.orders.endpoints.[0]").value());
        assertNull(entry(r, "grpc.client.orders").value(), "a key holding a mapping has no value");
    }

    @Test
    void aBrokenYamlDocumentIsReportedAndTheOthersAreRead() {
        ConfigReader.Read r = read("application.yml", "a: 1\n---\nb: [unclosed\n---\nc: 3\n");
        assertEquals(2, r.documents.size());
        assertEquals(1, r.problems.size(), r.problems.toString());
        assertTrue(r.problems.get(0).location().line() >= 3, r.problems.toString());
        assertTrue(r.problems.get(0).reason().startsWith("YAML that cannot be read"), r.problems.toString());
        assertEquals("3", entry(r, "c").value());
        assertEquals(5, entry(r, "c").location().line());
    }

    @Test
    void profilesFromFileNamesDocumentsAndQuarkusPrefixes() {
        assertEquals("prod", read("application-prod.yml", "a: 1\n").documents.get(0).profile());
        ConfigReader.Read doc = read("application.yml", "a: 1\n---\nspring.config.activate.on-profile: eu\nb: 2\n");
        assertNull(doc.documents.get(0).profile());
        assertEquals("eu", doc.documents.get(1).profile());
        ConfigReader.Read quarkus = read("application.properties", "%prod.quarkus.grpc.clients.a.host=x\n");
        ConfigEntry e = entry(quarkus, "quarkus.grpc.clients.a.host");
        assertEquals("prod", e.profile());
    }

    @Test
    void propertiesEscapesContinuationsAndQuotedSegments() {
        ConfigReader.Read r = read("application.properties", "# comment\n! also a comment\n"
            + "quarkus.grpc.clients.\"audit.log\".keep-alive-time = PT6M\n"
            + "a.long.value=one,\\\n    two\n"
            + "grpc.client[my.service].address: static://\\u0061pi:9090\n");
        assertEquals("PT6M", entry(r, "quarkus.grpc.clients.audit.log.keep-alive-time").value());
        assertEquals(List.of("quarkus", "grpc", "clients", "audit.log", "keep-alive-time"),
            entry(r, "quarkus.grpc.clients.audit.log.keep-alive-time").segments());
        assertEquals(3, entry(r, "quarkus.grpc.clients.audit.log.keep-alive-time").location().line());
        assertEquals("one,two", entry(r, "a.long.value").value());
        assertEquals("static://api:9090", entry(r, "grpc.client.my.service.address").value());
        assertEquals(6, entry(r, "grpc.client.my.service.address").location().line());
    }

    @Test
    void aMalformedUnicodeEscapeIsReportedWithItsLine() {
        ConfigReader.Read r = read("application.properties", "ok=1\nbad=\\u12G4\nalso.ok=2\n");
        assertEquals(1, r.problems.size());
        assertEquals(2, r.problems.get(0).location().line());
        assertTrue(r.problems.get(0).reason().contains("malformed \\uXXXX"), r.problems.toString());
        assertEquals("2", entry(r, "also.ok").value());
    }

    @Test
    void latin1PropertiesAreReadRight() {
        byte[] latin1 = "owner=J\u00fcrgen\nkeep-alive-time=30s\n".getBytes(StandardCharsets.ISO_8859_1);
        ConfigReader.Read r = read("application.properties", latin1);
        assertTrue(r.problems.isEmpty(), r.problems.toString());
        assertEquals("J\u00fcrgen", entry(r, "owner").value());
    }
}
