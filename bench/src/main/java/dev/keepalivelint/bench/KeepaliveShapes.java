package dev.keepalivelint.bench;

import dev.keepalivelint.bench.JavaShapes.Snippet;
import java.util.List;
import java.util.Random;

/**
 * Keepalive code as it appears in real services, in the shapes the plugin recognises (fluent chains, local
 * builders, constants from another file, servers, jetcd clients with library defaults), and look-alikes that
 * are not gRPC keepalive: some of them contain a trigger token, so the pre-filter lets them through to the parser
 * exactly as it would in a real codebase.
 */
final class KeepaliveShapes {
    private static final String[] UNITS = {"SECONDS", "MINUTES"};
    private static final String[] TARGETS = {"dns:///pricing.internal:443", "dns:///inventory.internal:443",
        "static://localhost:9090", "dns:///search.prod.svc.cluster.local:8443", "kubernetes:///ledger:9090"};

    private final Random random;

    KeepaliveShapes(Random random) {
        this.random = random;
    }

    private String target() {
        return TARGETS[random.nextInt(TARGETS.length)];
    }

    private String interval() {
        String unit = UNITS[random.nextInt(UNITS.length)];
        int n = unit.equals("SECONDS") ? 5 + random.nextInt(12) * 5 : 1 + random.nextInt(10);
        return n + ", TimeUnit." + unit;
    }

    /** ManagedChannelBuilder in one fluent chain, literal values. */
    Snippet channelChain() {
        String target = target();
        String interval = interval();
        boolean idle = random.nextBoolean();
        return new Snippet(List.of("io.grpc.ManagedChannel", "io.grpc.ManagedChannelBuilder",
            "java.util.concurrent.TimeUnit"), src -> src
            .open("public ManagedChannel openChannel()")
            .line("// Pings keep the connection through the load balancer's idle timeout.")
            .line("return ManagedChannelBuilder.forTarget(\"" + target + "\")")
            .line("        .keepAliveTime(" + interval + ")")
            .line("        .keepAliveWithoutCalls(" + idle + ")")
            .line("        .maxInboundMessageSize(16 * 1024 * 1024)")
            .line("        .build();").close().line(""));
    }

    /** A channel whose interval is a constant of another file of the same service (static and qualified). */
    Snippet channelFromConstants(String constantsClass) {
        String simple = constantsClass.substring(constantsClass.lastIndexOf('.') + 1);
        boolean idle = random.nextBoolean();
        return new Snippet(List.of("static " + constantsClass + ".PING_SECONDS", constantsClass,
            "io.grpc.ManagedChannel", "io.grpc.ManagedChannelBuilder", "java.util.concurrent.TimeUnit"), src -> src
            .line("private volatile ManagedChannel channel;").line("")
            .open("ManagedChannel channel(String host, int port)")
            .open("if (channel == null)")
            .line("channel = ManagedChannelBuilder.forAddress(host, port)")
            .line("        .usePlaintext()")
            .line("        .keepAliveTime(PING_SECONDS, TimeUnit.SECONDS)")
            .line("        .keepAliveTimeout(" + simple + ".PING_TIMEOUT_SECONDS, TimeUnit.SECONDS)")
            .line("        .keepAliveWithoutCalls(" + idle + ")")
            .line("        .build();").close().line("return channel;").close().line(""));
    }

    /** A Netty channel builder in a local variable, configured statement by statement. */
    Snippet channelLocal() {
        String interval = interval();
        return new Snippet(List.of("io.grpc.ManagedChannel", "io.grpc.netty.NettyChannelBuilder",
            "java.util.concurrent.TimeUnit"), src -> src
            .open("ManagedChannel connect(String target)")
            .line("NettyChannelBuilder builder = NettyChannelBuilder.forTarget(target);")
            .line("builder.keepAliveTime(" + interval + ");")
            .line("builder.keepAliveTimeout(20, TimeUnit.SECONDS);")
            .line("builder.idleTimeout(30, TimeUnit.MINUTES);")
            .line("return builder.build();").close().line(""));
    }

    /** A server and its keepalive enforcement policy. */
    Snippet server() {
        int port = 9090 + random.nextInt(10);
        String interval = interval();
        boolean idle = random.nextBoolean();
        return new Snippet(List.of("io.grpc.Server", "io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder",
            "java.util.concurrent.TimeUnit"), src -> src
            .line("private Server server;").line("")
            .open("public void start(io.grpc.BindableService service) throws IOException")
            .line("server = NettyServerBuilder.forPort(" + port + ")")
            .line("        .addService(service)")
            .line("        .permitKeepAliveTime(" + interval + ")")
            .line("        .permitKeepAliveWithoutCalls(" + idle + ")")
            .line("        .build()")
            .line("        .start();")
            .line("LOG.info(\"gRPC server listening on {}\", " + port + ");").close().line(""));
    }

    /** A jetcd client: library defaults (idle pings every 30 s) unless the code says otherwise. */
    Snippet etcd() {
        boolean tuned = random.nextInt(3) == 0;
        return new Snippet(List.of(), src -> {
            src.line("private final io.etcd.jetcd.Client etcd = io.etcd.jetcd.Client.builder()")
                .line("        .endpoints(\"http://etcd-0.etcd:2379\", \"http://etcd-1.etcd:2379\", \"http://etcd-2.etcd:2379\")");
            if (tuned) {
                src.line("        .keepaliveTime(Duration.ofSeconds(30))").line("        .keepaliveWithoutCalls(false)");
            }
            src.line("        .build();").line("");
        });
    }

    /** Look-alikes: thread-pool and socket keep-alive, jetcd lease keep-alive. Not settings. */
    Snippet decoy() {
        switch (random.nextInt(3)) {
            case 0:
                // "keepAliveTime" as a variable name: passes the pre-filter, the parser must reject it.
                return new Snippet(List.of("java.util.concurrent.LinkedBlockingQueue",
                    "java.util.concurrent.ThreadPoolExecutor", "java.util.concurrent.TimeUnit"), src -> src
                    .open("ThreadPoolExecutor workers(int threads)")
                    .line("long keepAliveTime = 60L;")
                    .line("ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads * 4, keepAliveTime,")
                    .line("        TimeUnit.SECONDS, new LinkedBlockingQueue<>(1024));")
                    .line("pool.setKeepAliveTime(30, TimeUnit.SECONDS);")
                    .line("pool.allowCoreThreadTimeOut(true);")
                    .line("return pool;").close().line(""));
            case 1:
                // imports io.etcd.jetcd, so it is parsed; a lease keep-alive is not a connection keepalive.
                return new Snippet(List.of("io.etcd.jetcd.Lease", "io.etcd.jetcd.lease.LeaseKeepAliveResponse",
                    "io.grpc.stub.StreamObserver"), src -> src
                    .open("void holdLease(Lease lease, long leaseId, StreamObserver<LeaseKeepAliveResponse> observer)")
                    .line("lease.keepAlive(leaseId, observer);").close().line(""));
            default:
                return new Snippet(List.of("java.net.Socket", "java.net.SocketException"), src -> src
                    .open("void tune(Socket socket) throws SocketException")
                    .line("socket.setKeepAlive(true);")
                    .line("socket.setTcpNoDelay(true);").close().line(""));
        }
    }
}
