package dev.keepalivelint.bench;

import dev.keepalivelint.LintRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The same real-shaped file at 1x, 2x, 4x and 8x its size: a large gRPC test class (fields holding a server and a
 * channel, a set-up that builds both, many test methods that configure builders, helpers without builders), whose
 * members are repeated with new names. Each size is scanned alone in a warm JVM (best of three, empty cache) and
 * the time per MB printed: a linear scan keeps it flat, a quadratic one doubles it with every step.
 */
final class ScalingSeries {
    private static final int[] FACTORS = {1, 2, 4, 8};
    /** Member groups in the 1x file: about 85 KB, the size of a large test class. */
    private static final int BASE_GROUPS = 40;

    private ScalingSeries() {
    }

    static void run(Path work) throws Exception {
        System.out.printf(Locale.ROOT, "%nscaling series: one generated test class, members repeated (warm JVM, best of 3,"
            + " empty cache each time)%n  %-8s %10s %10s %10s %12s%n", "size", "KB", "builders", "scan s", "s per MB");
        // warm-up: the JIT compiles the parser and the scan on the largest size once
        Path warm = write(work.resolve("scaling-warmup"), FACTORS[FACTORS.length - 1]);
        scanBest(warm, 1);
        for (int factor : FACTORS) {
            Path tree = write(work.resolve("scaling-" + factor + "x"), factor);
            long bytes = Files.size(file(tree));
            double best = scanBest(tree, 3);
            System.out.printf(Locale.ROOT, "  %-8s %10.0f %10d %10.3f %12.3f%n", factor + "x", bytes / 1024.0,
                factor * BASE_GROUPS * 4, best, best / (bytes / 1048576.0));
        }
    }

    private static double scanBest(Path tree, int times) throws IOException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < times; i++) {
            LintRequest request = Benchmark.request(tree, null);
            long start = System.nanoTime();
            Benchmark.lint(request);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private static Path file(Path tree) {
        return tree.resolve("src/test/java/com/acme/routing/RoutingServiceTest.java");
    }

    /** Writes the class with {@code factor} x the base number of member groups; returns the tree. */
    static Path write(Path tree, int factor) throws IOException {
        Benchmark.deleteTree(tree);
        Path file = file(tree);
        Files.createDirectories(file.getParent());
        Files.write(file, source(factor * BASE_GROUPS).getBytes(StandardCharsets.UTF_8));
        return tree;
    }

    static String source(int groups) {
        Src s = new Src();
        s.line("package com.acme.routing;").line("")
            .line("import static java.util.concurrent.TimeUnit.MILLISECONDS;")
            .line("import static java.util.concurrent.TimeUnit.SECONDS;")
            .line("import static org.junit.Assert.assertEquals;")
            .line("import static org.junit.Assert.assertTrue;").line("")
            .line("import io.grpc.ManagedChannel;")
            .line("import io.grpc.ManagedChannelBuilder;")
            .line("import io.grpc.Server;")
            .line("import io.grpc.netty.NettyChannelBuilder;")
            .line("import io.grpc.netty.NettyServerBuilder;")
            .line("import java.util.ArrayList;")
            .line("import java.util.List;")
            .line("import java.util.concurrent.TimeUnit;")
            .line("import org.junit.After;")
            .line("import org.junit.Before;")
            .line("import org.junit.Test;").line("")
            .line("/** Routing service tests: every test starts a server and a channel with its own keepalive settings. */")
            .open("public class RoutingServiceTest")
            .line("private static final long PING_SECONDS = 30;")
            .line("private static final long PERMIT_SECONDS = 20;")
            .line("private static final int PORT = 50061;")
            .line("private Server server;")
            .line("private ManagedChannel channel;")
            .line("private NettyChannelBuilder channelBuilder;")
            .line("private final List<String> calls = new ArrayList<>();").line("")
            .line("@Before")
            .open("public void setUp() throws Exception")
            .line("server = NettyServerBuilder.forPort(PORT)")
            .line("    .permitKeepAliveTime(PERMIT_SECONDS, SECONDS)")
            .line("    .permitKeepAliveWithoutCalls(false)")
            .line("    .build()")
            .line("    .start();")
            .line("channelBuilder = NettyChannelBuilder.forAddress(\"localhost\", PORT).usePlaintext();")
            .close().line("")
            .line("@After")
            .open("public void tearDown() throws Exception")
            .open("if (channel != null)").line("channel.shutdownNow().awaitTermination(5, SECONDS);").close()
            .line("server.shutdownNow().awaitTermination(5, SECONDS);")
            .close();
        for (int i = 0; i < groups; i++) {
            s.line("")
                .line("@Test")
                .open("public void routesWithFastPings" + i + "() throws Exception")
                .line("final long interval = " + (10 + i % 50) + ";")
                .line("channel = channelBuilder.keepAliveTime(interval, SECONDS).keepAliveWithoutCalls(" + (i % 2 == 0) + ").build();")
                .line("RouteRequest request = RouteRequest.newBuilder().setRegion(\"eu-\" + " + i + ").setWeight(" + i + ").build();")
                .line("RouteReply reply = RoutingGrpc.newBlockingStub(channel).route(request);")
                .line("assertEquals(\"eu-" + i + "\", reply.getRegion());")
                .open("for (int attempt = 0; attempt < 3; attempt++)")
                .line("calls.add(\"attempt-\" + attempt + \"-" + i + "\");")
                .close()
                .line("assertTrue(calls.size() >= 3);")
                .close().line("")
                .line("@Test")
                .open("public void dedicatedChannel" + i + "() throws Exception")
                .line("ManagedChannel dedicated = ManagedChannelBuilder.forTarget(\"dns:///routing-" + i + ".internal:443\")")
                .line("    .keepAliveTime(PING_SECONDS + " + i + ", SECONDS)")
                .line("    .keepAliveTimeout(" + (5 + i % 20) + ", TimeUnit.SECONDS)")
                .line("    .build();")
                .open("try")
                .line("assertEquals(\"routing\", dedicated.authority().substring(0, 7));")
                .close()
                .open("finally")
                .line("dedicated.shutdownNow();")
                .close()
                .close().line("")
                .line("@Test")
                .open("public void serverPermits" + i + "() throws Exception")
                .line("Server other = NettyServerBuilder.forPort(0)")
                .line("    .permitKeepAliveTime(" + (1 + i % 9) + ", TimeUnit.MINUTES)")
                .line("    .build();")
                .line("other.start();")
                .line("assertTrue(other.getPort() > 0);")
                .line("other.shutdownNow();")
                .close().line("")
                .open("private static RouteRequest request" + i + "(String region, int weight)")
                .line("// no builder here: a plain helper, as most of a test class is")
                .line("RouteRequest.Builder b = RouteRequest.newBuilder().setRegion(region);")
                .open("if (weight > " + i + ")").line("b.setWeight(weight - " + i + ");").close()
                .open("else").line("b.setWeight(weight + " + i + ");").close()
                .line("long deadline = MILLISECONDS.toNanos(" + (100 + i) + ");")
                .line("return b.setDeadlineNanos(deadline).build();")
                .close();
        }
        s.close();
        return s.toString();
    }
}
