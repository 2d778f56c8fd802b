package dev.keepalivelint.cli.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions from POMs (with parents, properties and dependencyManagement) and Gradle build scripts. */
class BuildFilesTest {
    @TempDir
    Path dir;

    private DeclaredVersions read(Path... files) {
        BuildFiles build = new BuildFiles();
        for (Path f : files) {
            build.offer(f);
        }
        return build.read(p -> dir.relativize(p).toString().replace('\\', '/'));
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void pomPropertiesParentsAndManagedVersions() throws Exception {
        Path parent = write("pom.xml", "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><groupId>com.acme</groupId>"
            + "<artifactId>parent</artifactId><version>7</version>"
            + "<properties><grpc.version>1.60.0</grpc.version><spring.grpc>${devh}</spring.grpc>"
            + "<devh>3.1.0.RELEASE</devh></properties>"
            + "<dependencyManagement><dependencies>"
            + "<dependency><groupId>io.grpc</groupId><artifactId>grpc-core</artifactId><version>${grpc.version}</version></dependency>"
            + "<dependency><groupId>io.etcd</groupId><artifactId>jetcd-core</artifactId><version>0.8.6</version></dependency>"
            + "</dependencies></dependencyManagement></project>");
        Path child = write("app/pom.xml", "<project><parent><groupId>com.acme</groupId><artifactId>parent</artifactId>"
            + "<version>7</version></parent><artifactId>app</artifactId>"
            + "<properties><grpc.version>1.62.2</grpc.version></properties><dependencies>"
            + "<dependency><groupId>io.grpc</groupId><artifactId>grpc-core</artifactId></dependency>"
            + "<dependency><groupId>net.devh</groupId><artifactId>grpc-spring-boot-starter</artifactId>"
            + "<version>${spring.grpc}</version></dependency>"
            + "<dependency><groupId>com.acme</groupId><artifactId>model</artifactId><version>${project.version}</version></dependency>"
            + "<dependency><groupId>io.quarkus</groupId><artifactId>quarkus-grpc</artifactId><version>${quarkus.version}</version></dependency>"
            + "<dependency><groupId>io.grpc</groupId><artifactId>grpc-stub</artifactId></dependency>"
            + "</dependencies></project>");
        DeclaredVersions v = read(child, parent);
        // the child's property wins over the parent's, and interpolates the parent's managed version
        assertEquals("1.62.2", v.versions().get("io.grpc:grpc-core").version());
        assertEquals("app/pom.xml", v.versions().get("io.grpc:grpc-core").from());
        assertEquals("3.1.0.RELEASE", v.versions().get("net.devh:grpc-spring-boot-starter").version());
        assertEquals("7", v.versions().get("com.acme:model").version(), "project.version from the parent");
        assertEquals("0.8.6", v.versions().get("io.etcd:jetcd-core").version(), "managed only");
        assertNull(v.versions().get("io.quarkus:quarkus-grpc"));
        assertEquals("app/pom.xml", v.unknown().get("io.quarkus:quarkus-grpc"));
        assertEquals("app/pom.xml", v.unknown().get("io.grpc:grpc-stub"));
        // the parent read as its own POM manages grpc-core at 1.60.0: the first file in path order wins, with a note
        assertTrue(v.notes().stream().anyMatch(n -> n.contains("io.grpc:grpc-core") && n.contains("1.60.0")), v.notes().toString());
    }

    @Test
    void aHostilePomIsNotedAndReadsNothingElse() throws Exception {
        Path secret = write("secret.txt", "1.0.0");
        Path pom = write("pom.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY v SYSTEM \"" + secret.toUri()
            + "\">]>\n<project><dependencies><dependency><groupId>io.grpc</groupId><artifactId>grpc-core</artifactId>"
            + "<version>&v;</version></dependency></dependencies></project>");
        Path broken = write("broken/pom.xml", "<project>\n<dependencies>\n</project>");
        DeclaredVersions v = read(pom, broken);
        assertTrue(v.versions().isEmpty(), v.versions().toString());
        assertEquals(2, v.notes().size(), v.notes().toString());
        assertTrue(v.notes().get(0).startsWith("broken/pom.xml: line 3: not well-formed XML"), v.notes().toString());
        assertTrue(v.notes().get(1).startsWith("pom.xml: line 2: not well-formed XML")
            && v.notes().get(1).contains("DOCTYPE"), v.notes().toString());
    }

    @Test
    void gradleScriptLiteralsWithGradleProperties() throws Exception {
        write("gradle.properties", "grpcVersion=1.61.1\n");
        Path script = write("app/build.gradle", "dependencies {\n"
            + "  implementation 'io.grpc:grpc-netty-shaded:$grpcVersion'\n"
            + "  implementation \"io.etcd:jetcd-core:0.7.7\"\n"
            + "  implementation(\"org.springframework.grpc:spring-grpc-core:${springGrpc}\")\n"
            + "  testImplementation 'junit:junit:4.13.2@jar'\n"
            + "}\n");
        DeclaredVersions v = read(script, dir.resolve("gradle.properties"));
        assertEquals("1.61.1", v.versions().get("io.grpc:grpc-netty-shaded").version());
        assertEquals("0.7.7", v.versions().get("io.etcd:jetcd-core").version());
        assertEquals("4.13.2", v.versions().get("junit:junit").version());
        assertFalse(v.versions().containsKey("org.springframework.grpc:spring-grpc-core"));
        assertEquals("app/build.gradle", v.unknown().get("org.springframework.grpc:spring-grpc-core"));
    }
}
