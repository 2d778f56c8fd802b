package dev.keepalivelint;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.lint;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.check.KeepaliveBelowPermitTimeCheck;
import dev.keepalivelint.check.PingWithoutCallsCheck;
import dev.keepalivelint.check.UnresolvedValueCheck;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Shapes real projects have (issue 10), each in a small fixture of our own: which builders are clients, what
 * is known about builders from elsewhere, values the code decides, builders followed through methods and
 * lambdas, pairing with the right server, and what the messages say. Every fixture also holds the clean shapes,
 * and the test asserts the exact set of findings, so a scanner that finds nothing fails as surely as one that
 * finds too much.
 */
class RealShapesTest {
    private static final String IDLE = PingWithoutCallsCheck.ID;
    private static final String BELOW = KeepaliveBelowPermitTimeCheck.ID;
    private static final String[] DEPS = {"io.grpc:grpc-netty:1.83.1", "io.etcd:jetcd-core:0.8.6"};

    /** "rule File.java:line" of every error and warning, sorted. */
    private static List<String> decided(LintResult r) {
        return r.findings().stream().filter(f -> f.severity() != Severity.NOTE)
            .map(f -> f.ruleId() + " " + f.location().fileName() + ":" + f.location().line()).sorted()
            .collect(Collectors.toList());
    }

    @Test
    void onlyABuilderThatIsBuiltAndUsedIsAClient() {
        LintResult r = lint("real-not-clients", DEPS);
        // FailureAssertions: three builders expected to fail, one real client; NeverBuilt: discarded and inspected;
        // HandedOver: beside a ready channel, to a class that only reads it, and to one that builds it; Doubles:
        // Mockito spies with a stubbed build().
        assertEquals(List.of(BELOW + " HandedOver.java:21", IDLE + " FailureAssertions.java:22"), decided(r),
            r.findings().toString());
        assertMentions(single(r, IDLE, "FailureAssertions.java", 22), "jetcd client Client.builder()",
            "jetcd 0.8.6 default", "Server assumed: etcd server");
        assertMentions(single(r, BELOW, "HandedOver.java", 21), "NettyChannelBuilder.forTarget()", "keepAliveTime 30s");
        assertTrue(r.findings().stream().noneMatch(f -> f.location().path().endsWith("Manager.java")),
            "a ClientBuilder field is not given jetcd's defaults: " + r.findings());
    }

    @Test
    void aTlsClientOfAnEtcdNotInSightMeetsTheSharedListenerAndIsTold() {
        // jetcd's SslTest shape: sslContext(b -> ...) with a run-time endpoint; etcd serves such clients on its
        // shared listener without a keepalive policy. A plain, conditional or cleared context is still struck.
        LintResult r = lint("real-etcd-tls-client", DEPS);
        assertEquals(List.of(IDLE + " Registry.java:33", IDLE + " Registry.java:38", IDLE + " Registry.java:47"),
            decided(r), r.findings().toString());
        assertMentions(single(r, IDLE, "Registry.java", 38), "Server assumed: etcd server, because a jetcd client talks to etcd");
        List<String> notes = r.notes().stream().filter(n -> n.contains("gets no keepalive finding"))
            .collect(Collectors.toList());
        assertEquals(3, notes.size(), r.notes().toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("jetcd client Client.builder() at Registry.java:18 gets no keepalive finding")
            && n.contains("etcd server (client TLS served on the shared HTTP listener)")
            && n.contains("it uses TLS (sslContext(...) at Registry.java:21)")
            && n.contains("enforces no keepalive policy, unless --listen-client-http-urls is set (from 3.4.25 and 3.5.8)")
            && n.contains("declare the server to be exact")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("Registry.java:13") && n.contains("sslContext(...) at Registry.java:13")),
            notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("Registry.java:28")
            && n.contains("an https:// endpoint (https://etcd.registry.svc:2379)")), notes.toString());
    }

    @Test
    void aTlsClientInAProjectThatRunsItsEtcdMeetsThatEtcd() {
        // the project's etcd splits off its gRPC listener (--listen-client-http-urls): TLS clients are enforced there
        LintResult r = lint("real-etcd-tls-split", DEPS);
        assertEquals(List.of(IDLE + " Election.java:9"), decided(r), r.findings().toString());
        assertMentions(single(r, IDLE, "Election.java", 9), "it uses TLS (sslContext(...) at Election.java:9)",
            "its target is only known at run time, and the project runs one", "deploy/etcd.yml");
        assertTrue(r.notes().stream().noneMatch(n -> n.contains("gets no keepalive finding")), r.notes().toString());
    }

    @Test
    void aBuilderFromElsewhereGetsNoDefaultsButWhatIsWrittenOnItCounts() {
        LintResult r = lint("real-unknown-origin", DEPS);
        assertEquals(List.of(IDLE + " Holder.java:28"), decided(r), r.findings().toString());
        assertMentions(single(r, IDLE, "Holder.java", 28), "ClientBuilder parameter `given`",
            "written as keepaliveWithoutCalls(true) at Holder.java:28", "keepAliveTime 10s");
    }

    @Test
    void valuesTheCodeDecides() {
        LintResult r = lint("real-values", DEPS);
        assertEquals(List.of(BELOW + " ConstructorAssigned.java:22", BELOW + " KeyedDefault.java:13",
            BELOW + " KeyedDefault.java:18", BELOW + " OptionsChannel.java:17", IDLE + " IdleTransport.java:14",
            IDLE + " OptionsChannel.java:18"), decided(r), r.findings().toString());

        Finding idle = single(r, IDLE, "IdleTransport.java", 14);
        assertMentions(idle, "keepAliveTime only known at run time", "keepAliveTime(intervalSeconds, TimeUnit.SECONDS)",
            "is not final", "this holds whatever the interval is, unless it is 2h or more",
            "its target is only known at run time (host, port)", ".keepAliveWithoutCalls(false)");
        assertFalse(idle.fullMessage().contains("nothing in the project says which server"), idle.fullMessage());

        assertMentions(single(r, BELOW, "ConstructorAssigned.java", 22), "keepAliveTime 20s",
            "final field ConstructorAssigned.pingSeconds, assigned in its constructor");
        assertMentions(single(r, UnresolvedValueCheck.ID, "ConstructorsDisagree.java", 20),
            "assigned different values in different constructors");
        assertMentions(single(r, BELOW, "KeyedDefault.java", 13), "keepAliveTime 30s",
            "by default, unless ledger.ping.seconds is set");
        Finding constant = single(r, BELOW, "KeyedDefault.java", 18);
        assertEquals("Set `PING_SECONDS` at KeyedDefault.java:9 to 300 or more.", constant.fix());

        assertMentions(single(r, BELOW, "OptionsChannel.java", 17), "keepAliveTime 30s",
            "by default (ChannelOptions.Builder.pingInterval starts at Duration.ofSeconds(30), ChannelOptions.java:24)",
            "unless the ChannelOptions in use sets pingInterval");
        assertMentions(single(r, IDLE, "OptionsChannel.java", 18), "ChannelOptions.Builder.pingWhenIdle starts at true",
            "Set `pingWhenIdle` at ChannelOptions.java:25 to false");
    }

    @Test
    void buildersAreFollowedThroughProjectMethodsAndConfiguratorLambdas() {
        LintResult r = lint("real-follow", DEPS);
        assertEquals(List.of(BELOW + " Configurators.java:11", BELOW + " Configurators.java:16",
            BELOW + " EmulatorChannels.java:13", IDLE + " Configurators.java:11", IDLE + " EmulatorChannels.java:14",
            IDLE + " EtcdClients.java:12", IDLE + " Sessions.java:29"),
            decided(r), r.findings().toString());
        // A builder method of another file: its builder is carried over to the callers; those that only build it
        // are its client (reported once, at the factory), the one configuring keepalive is judged where it does.
        assertMentions(single(r, IDLE, "Sessions.java", 29), "returned by cluster() (EtcdClients.java:11)",
            "keepAliveWithoutCalls true (jetcd 0.8.6 default, as nothing sets it)", "keepAliveTime 10s");
        assertMentions(single(r, IDLE, "EmulatorChannels.java", 14), "ManagedChannelBuilder.forAddress() returned by newChannelBuilder() (EmulatorChannels.java:22)",
            "it connects to localhost on a port only known at run time (port)");
        assertMentions(single(r, IDLE, "Configurators.java", 11), "builder `b` given to setChannelConfigurator()");
        assertMentions(single(r, BELOW, "Configurators.java", 16), "builder `b` given to ApiFunction `configurator`",
            "keepAliveTime 1m");
    }

    @Test
    void clientsPairWithTheNearestServerAndThroughPortsSharedAtRunTime() {
        LintResult r = lint("real-pairing", DEPS);
        // PingClient meets PingServer beside it (5 s, idle pings permitted), not AlphaServer, which sorts first;
        // permissive() shares `port` with a server that permits 10 s.
        assertEquals(List.of(BELOW + " Probe.java:10", BELOW + " RpcClient.java:16", BELOW + " SharedPorts.java:23",
            BELOW + " SharedPorts.java:28", IDLE + " SharedPorts.java:28"), decided(r), r.findings().toString());
        // A framework's client and server with ports known only at run time, in one module: paired, never certainly.
        Finding framework = single(r, BELOW, "RpcClient.java", 16);
        assertMentions(framework, "its target is only known at run time, as is the port of the server of the same module",
            "RpcServer.java:10", "a framework's client and server usually talk to each other");
        assertFalse(framework.fix().contains("let the server"), framework.fix());

        Finding probe = single(r, BELOW, "Probe.java", 10);
        assertMentions(probe, "3 servers of the project listen there", "so it is assumed", "they do not agree",
            "the server at PingServer.java:9 accepts a ping every 5s at most");
        assertFalse(probe.fix().contains("let the server"), "a server paired without certainty is not to be changed: "
            + probe.fix());

        Finding shared = single(r, BELOW, "SharedPorts.java", 23);
        assertMentions(shared, "it reads its port from `serverPort` (SharedPorts.java:12)");
        assertMentions(shared, "let the server at SharedPorts.java:22 accept it");
        assertMentions(single(r, IDLE, "SharedPorts.java", 28), "jetcd client Client.builder()",
            "Server assumed: grpc-java server", "it connects to the port of `fake` (SharedPorts.java:27)");
    }

    @Test
    void aClientWhoseTargetIsARunTimeValueMeetsTheProjectsServers() {
        // Every server of the main code permits the helper's 2 min idle pings; a test's own server at the defaults,
        // a builder handed in from elsewhere and a Micronaut file's grpc.port (LogNet is no dependency) do not count.
        LintResult clean = lint("pairing-runtime-target", "io.grpc:grpc-netty:1.83.1");
        assertEquals(List.of(), decided(clean), clean.findings().toString());

        // One of them does not: ambiguous, reported against the one that strikes, and that server is not to be changed.
        LintResult r = lint("pairing-runtime-ambiguous", "io.grpc:grpc-netty:1.83.1");
        assertEquals(List.of(BELOW + " Channels.java:19", IDLE + " Channels.java:20"), decided(r), r.findings().toString());
        Finding idle = single(r, IDLE, "Channels.java", 20);
        assertMentions(idle, "its target is only known at run time (host, port)", "which one it meets is ambiguous",
            "ReportsMain.java:9", "a server outside the project may differ");
        assertFalse(idle.fix().contains("let the server"), "a server paired without certainty is not to be changed: "
            + idle.fix());
    }
}
