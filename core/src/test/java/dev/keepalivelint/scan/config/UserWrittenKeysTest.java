package dev.keepalivelint.scan.config;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.check.KeepaliveBelowPermitTimeCheck;
import dev.keepalivelint.check.PingWithoutCallsCheck;
import dev.keepalivelint.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Keys are the user's text: they reach messages and fixes as written, never as a format template, and a Quarkus
 * profile key keeps its prefix in "written as" and in the fix (the prefixed line is the one that wins in prod).
 */
class UserWrittenKeysTest {
    private static final String BELOW = KeepaliveBelowPermitTimeCheck.ID;
    private static final String GRPC_SPRING = "net.devh:grpc-client-spring-boot-starter:3.1.0.RELEASE";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"a%", "a%s", "%n%d", "{}", "a{0}", "$x", "${x", "o'neil", "zü日本"})
    void channelNameWithFormatCharactersInYamlIsReportedAsWritten(String name) throws IOException {
        String yml = "grpc:\n  client:\n    \"" + name + "\":\n      enable-keep-alive: true\n      keep-alive-time: 30s\n";
        LintResult r = lint(project("application.yml", yml));
        Finding f = single(r, BELOW, "application.yml", 5);
        assertMentions(f, "grpc.client." + name, "written as grpc.client." + name + ".keep-alive-time: 30s",
            "Write grpc.client." + name + ".keep-alive-time: 5m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a%", "b%s%n", "{}", "$1"})
    void channelNameWithFormatCharactersInPropertiesIsReportedAsWritten(String name) throws IOException {
        String props = "grpc.client." + name + ".enable-keep-alive=true\ngrpc.client." + name + ".keep-alive-time=30s\n";
        LintResult r = lint(project("application.properties", props));
        assertMentions(single(r, BELOW, "application.properties", 2), "Write grpc.client." + name + ".keep-alive-time=5m");
    }

    @Test
    void quarkusProfileKeyKeepsItsPrefixInWrittenAsAndInTheFix() throws IOException {
        String props = "quarkus.grpc.clients.stock.host=stock\nquarkus.grpc.clients.stock.port=9000\n"
            + "quarkus.grpc.clients.stock.keep-alive-time=20\n"
            + "%prod.quarkus.grpc.clients.stock.keep-alive-without-calls=true\n";
        LintResult r = lint(project("application.properties", props, "io.quarkus:quarkus-grpc:3.33.2"));
        Finding idle = single(r, PingWithoutCallsCheck.ID, "application.properties", 4);
        assertMentions(idle, "[profile prod]",
            "written as %prod.quarkus.grpc.clients.stock.keep-alive-without-calls=true",
            "Write %prod.quarkus.grpc.clients.stock.keep-alive-without-calls=false");
        // the default-profile key keeps its own (unprefixed) spelling
        Finding time = single(r, BELOW, "application.properties", 3);
        assertMentions(time, "Write quarkus.grpc.clients.stock.keep-alive-time=5m");
        assertEquals(false, time.fullMessage().contains("%prod.quarkus.grpc.clients.stock.keep-alive-time"),
            time.fullMessage());
    }

    private LintRequest project(String file, String content) throws IOException {
        return project(file, content, GRPC_SPRING);
    }

    private LintRequest project(String file, String content, String dependency) throws IOException {
        Path resources = dir.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.write(resources.resolve(file), content.getBytes(StandardCharsets.UTF_8));
        String[] d = dependency.split(":");
        return LintRequest.builder(dir).dependencyVersion(d[0] + ":" + d[1], d[2]).build();
    }
}
