package dev.keepalivelint.realworld;

import static dev.keepalivelint.LintFixtures.assertMentions;
import static dev.keepalivelint.LintFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintRequest;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.check.KeepaliveBelowPermitTimeCheck;
import dev.keepalivelint.check.PingWithoutCallsCheck;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Severity;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Shapes the real-code harness (bench/realworld) met in public repositories, each with the buggy code and the code
 * after the project's own fix side by side, in fixtures of our own (src/test/resources/java/realworld-shapes). Each
 * test asserts every error and warning of the fixture: the buggy file is reported on its line, the fixed one not.
 */
class RealWorldShapesTest {
    private static final String IDLE = PingWithoutCallsCheck.ID;
    private static final String BELOW = KeepaliveBelowPermitTimeCheck.ID;

    /** gunnarmorling/kcetcd 67afbe5 -> 52b4f5a, tzfun/etcd-workbench c98eb3a8 -> df2fa90. */
    @Test
    void aJetcdBuilderFromAPrivateFactoryBuiltByItsCallersIsAClientAtTheLibrarysDefaults() {
        LintResult r = lint("session-factory", "io.etcd:jetcd-core=0.7.3");
        assertMentions(single(r, IDLE, "SessionClients.java", 9), "Client.builder()", "jetcd 0.7.3 default");
        assertEquals(Set.of(IDLE + " SessionClients.java:9"), reported(r),
            "QuietSessionClients sets keepaliveWithoutCalls(false)");
    }

    /** pravega/pravega 2998868508 -> bafbf71675 (Issue 1621). */
    @Test
    void aConstantInSecondsIsBelowTheDefaultServerAndTheSameConstantInMinutesIsNot() {
        LintResult r = lint("constant-units", "io.grpc:grpc-netty=1.75.0");
        assertMentions(single(r, BELOW, "ControllerChannel.java", 14), "1m", "KEEPALIVE_SECONDS");
        assertEquals(Set.of(BELOW + " ControllerChannel.java:14"), reported(r), "6 minutes is above the 5 the server permits");
    }

    /** alibaba/nacos 6027d36222 -> 91bf227c4a (issue #4751). */
    @Test
    void anIntervalFromASystemPropertyWithALongDefaultIsNotAnError() {
        LintResult r = lint("property-default", "io.grpc:grpc-api=1.75.0");
        assertMentions(single(r, BELOW, "RegistryChannel.java", 11), "30s");
        assertEquals(Set.of(BELOW + " RegistryChannel.java:11"), reported(r),
            "TunableRegistryChannel pings every 6 minutes unless the property says otherwise");
    }

    /** apache/ratis d11604cf4 -> 660fe53ee (RATIS-2325). */
    @Test
    void aPoolOfIdlePingingChannelsToTheProjectsOwnDefaultServer() {
        LintResult r = lint("stub-pool", "io.grpc:grpc-netty=1.75.0");
        assertMentions(single(r, IDLE, "PeerStubPool.java", 22), "keepAliveWithoutCalls(true)");
        assertMentions(single(r, BELOW, "PeerStubPool.java", 21), "30s");
        assertEquals(Set.of(BELOW + " PeerStubPool.java:21", IDLE + " PeerStubPool.java:22"), reported(r),
            "CalmPeerStubPool pings every 10 minutes and never while idle");
    }

    private static LintResult lint(String shape, String dependency) {
        Path base = Paths.get("src/test/resources/java/realworld-shapes", shape).toAbsolutePath();
        String[] d = dependency.split("=");
        return LintFixtures.lint(LintRequest.builder(base).javaSourceRoot(base.resolve("src/main/java"))
            .dependencyVersion(d[0], d[1]).build());
    }

    /** Every error and warning as "rule File.java:line"; notes (values that cannot be decided) are not counted. */
    private static Set<String> reported(LintResult r) {
        Set<String> out = new TreeSet<>();
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING) {
                out.add(f.ruleId() + " " + f.location().fileName() + ":" + f.location().line());
            }
        }
        return out;
    }
}
