package dev.keepalivelint.cli.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gradle version catalogs in the notations Gradle documents, and TOML that is not one. */
class VersionCatalogTest {
    private final List<String> notes = new ArrayList<>();

    private Map<String, String> read(String toml) throws TomlReader.TomlException {
        return VersionCatalog.read(toml, "gradle/libs.versions.toml", notes::add);
    }

    @Test
    void everyLibraryNotation() throws Exception {
        Map<String, String> v = read(String.join("\n",
            "# a comment",
            "[versions]",
            "grpc = \"1.60.0\"            # trailing comment",
            "jetcd = { strictly = \"0.5.3\" }",
            "spring.prefer = '3.1.0.RELEASE'",
            "ranged = { require = \"[1.0,2.0)\" }",
            "",
            "[libraries]",
            "grpc-netty = { module = \"io.grpc:grpc-netty\", version.ref = \"grpc\" }",
            "\"grpc-stub\" = { group = \"io.grpc\", name = \"grpc-stub\", version.ref = \"grpc\" }",
            "jetcd-core = { module = \"io.etcd:jetcd-core\", version.ref = \"jetcd\" }",
            "devh = { module = \"net.devh:grpc-client-spring-boot-starter\", version.ref = \"spring\" }",
            "okhttp = \"io.grpc:grpc-okhttp:1.59.1\"",
            "quarkus = { module = \"io.quarkus:quarkus-grpc\", version = { strictly = \"3.8.1\" } }",
            "micronaut = { module = \"io.micronaut.grpc:micronaut-grpc-runtime\", version.prefer = \"4.8.0\" }",
            "multi = { module = \"com.example:multi\",",
            "          version = \"2.0\" }",
            "noversion = { module = \"io.grpc:grpc-api\" }",
            "range = { module = \"com.example:range\", version.ref = \"ranged\" }",
            "dynamic = \"com.example:dynamic:1.+\"",
            "",
            "[bundles]",
            "grpc = [",
            "  \"grpc-netty\",",
            "  \"grpc-stub\",",
            "]",
            "[plugins]",
            "protobuf = { id = \"com.google.protobuf\", version = \"0.9.4\" }",
            ""));
        assertEquals("1.60.0", v.get("io.grpc:grpc-netty"));
        assertEquals("1.60.0", v.get("io.grpc:grpc-stub"));
        assertEquals("0.5.3", v.get("io.etcd:jetcd-core"));
        assertEquals("3.1.0.RELEASE", v.get("net.devh:grpc-client-spring-boot-starter"));
        assertEquals("1.59.1", v.get("io.grpc:grpc-okhttp"));
        assertEquals("3.8.1", v.get("io.quarkus:quarkus-grpc"));
        assertEquals("4.8.0", v.get("io.micronaut.grpc:micronaut-grpc-runtime"));
        assertEquals("2.0", v.get("com.example:multi"));
        assertNull(v.get("io.grpc:grpc-api"), "no version: unknown");
        assertNull(v.get("com.example:range"), "a range is not a version");
        assertNull(v.get("com.example:dynamic"), "a dynamic version is not a version");
        assertEquals(8, v.size(), v.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("'range'") && n.contains("'ranged'")), notes.toString());
    }

    @Test
    void aMissingVersionRefIsNotedNotGuessed() throws Exception {
        Map<String, String> v = read("[libraries]\ngrpc = { module = \"io.grpc:grpc-core\", version.ref = \"nope\" }\n");
        assertTrue(v.isEmpty(), v.toString());
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("'nope'"), notes.toString());
    }

    @Test
    void brokenTomlSaysTheLine() {
        TomlReader.TomlException e = assertThrows(TomlReader.TomlException.class,
            () -> read("[versions]\ngrpc = \"1.60.0\"\njetcd = \"0.8.6\n"));
        assertEquals(3, e.line());
        e = assertThrows(TomlReader.TomlException.class, () -> read("[versions]\n\ngrpc 1.60.0\n"));
        assertEquals(3, e.line());
        e = assertThrows(TomlReader.TomlException.class, () -> read("[libraries]\nx = { module = \"a:b\"\n"));
        assertTrue(e.getMessage().contains("inline table"), e.getMessage());
    }

    @Test
    void escapesAndLiteralStrings() throws Exception {
        Map<String, Map<String, Object>> t = TomlReader.read("a = \"x\\u0041\\ty\"\nb = 'C:\\path'\nc = \"\"\"\nmulti\nline\"\"\"\n");
        assertEquals("xA\ty", t.get("").get("a"));
        assertEquals("C:\\path", t.get("").get("b"));
        assertEquals("multi\nline", t.get("").get("c"));
    }
}
