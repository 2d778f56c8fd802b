package dev.keepalivelint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic synthetic source tree shaped like a gRPC-heavy monorepo: services with packages,
 * generated gRPC stubs (large, importing io.grpc, no keepalive), DTOs, service classes, tests, about 1 % of
 * files building channels, servers or etcd clients (some reading constants from other files), thread-pool
 * decoys, and Spring / Cortex configuration. The same seed and size give a byte-identical tree.
 */
final class TreeGenerator {
    private static final String[] SERVICES = {"orders", "billing", "inventory", "catalog", "search", "users",
        "payments", "shipping", "reviews", "pricing", "ledger", "notifications"};
    private static final String[] LAYERS = {"api", "service", "repository", "model", "config", "grpc", "util",
        "events", "client", "security"};
    private static final String[] WORDS = {"Order", "Invoice", "Stock", "Item", "Customer", "Payment", "Shipment",
        "Review", "Price", "Ledger", "Account", "Event", "Batch", "Quota", "Token", "Report", "Audit", "Cart"};

    private final Random random;
    private final Path root;
    private long bytes;
    private int files;

    TreeGenerator(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** Writes {@code count} Java files (plus configuration) and returns the number of bytes written. */
    long generate(int count) throws IOException {
        int perService = Math.max(1, count / SERVICES.length);
        int written = 0;
        for (int s = 0; s < SERVICES.length && written < count; s++) {
            String service = SERVICES[s];
            Path module = root.resolve(service);
            int n = s == SERVICES.length - 1 ? count - written : Math.min(perService, count - written);
            for (int i = 0; i < n; i++) {
                writeJava(module, service, i);
                written++;
            }
            writeConfig(module, service, s);
        }
        return bytes;
    }

    int files() {
        return files;
    }

    private void writeJava(Path module, String service, int index) throws IOException {
        String layer = LAYERS[random.nextInt(LAYERS.length)];
        boolean test = random.nextInt(10) == 0;
        String pkg = "com.acme." + service + "." + layer + (random.nextBoolean() ? "" : ".v" + (1 + random.nextInt(3)));
        String name = WORDS[random.nextInt(WORDS.length)] + kind(index) + index;
        int dice = random.nextInt(1000);
        String body;
        if (dice < 4) {
            body = channelClass(pkg, name, service);
        } else if (dice < 6) {
            body = serverClass(pkg, name, service);
        } else if (dice < 8) {
            body = etcdClass(pkg, name);
        } else if (dice < 10) {
            body = constantsClass(pkg, name);
        } else if (dice < 13) {
            body = threadPoolDecoy(pkg, name);
        } else if (dice < 260) {
            body = generatedStub(pkg, name);
        } else if (dice < 420) {
            body = dto(pkg, name);
        } else {
            body = serviceClass(pkg, name);
        }
        Path dir = module.resolve(test ? "src/test/java" : "src/main/java").resolve(pkg.replace('.', '/'));
        write(dir.resolve(name + ".java"), body);
    }

    private String kind(int index) {
        String[] kinds = {"Service", "Repository", "Handler", "Mapper", "Dto", "Client", "Validator", "Factory"};
        return kinds[index % kinds.length];
    }

    private void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] b = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, b);
        bytes += b.length;
        files++;
    }

    // ---- file kinds --------------------------------------------------------------------------------------

    private String header(String pkg, String... imports) {
        StringBuilder sb = new StringBuilder("/*\n * Copyright 2026 ACME Corp.\n * Licensed under the Apache License, "
            + "Version 2.0.\n */\npackage ").append(pkg).append(";\n\n");
        for (String i : imports) {
            sb.append("import ").append(i).append(";\n");
        }
        return sb.append('\n').toString();
    }

    private String generatedStub(String pkg, String name) {
        StringBuilder sb = new StringBuilder(header(pkg, "static io.grpc.MethodDescriptor.generateFullMethodName",
            "io.grpc.CallOptions", "io.grpc.Channel", "io.grpc.MethodDescriptor", "io.grpc.ServiceDescriptor",
            "io.grpc.stub.ClientCalls", "io.grpc.stub.ServerCalls", "io.grpc.stub.StreamObserver"));
        sb.append("@javax.annotation.Generated(value = \"by gRPC proto compiler (version 1.83.1)\")\n");
        sb.append("public final class ").append(name).append("Grpc {\n\n    private ").append(name)
            .append("Grpc() {}\n\n    public static final String SERVICE_NAME = \"acme.").append(name).append("\";\n\n");
        int methods = 6 + random.nextInt(18);
        for (int m = 0; m < methods; m++) {
            String method = "Get" + WORDS[random.nextInt(WORDS.length)] + m;
            sb.append("    private static volatile MethodDescriptor<Request, Response> get").append(method)
                .append("Method;\n\n    @io.grpc.stub.annotations.RpcMethod(fullMethodName = SERVICE_NAME + '/' + \"")
                .append(method).append("\", requestType = Request.class, responseType = Response.class,\n")
                .append("        methodType = MethodDescriptor.MethodType.UNARY)\n")
                .append("    public static MethodDescriptor<Request, Response> get").append(method).append("Method() {\n")
                .append("        MethodDescriptor<Request, Response> m;\n        if ((m = get").append(method)
                .append("Method) == null) {\n            synchronized (").append(name).append("Grpc.class) {\n")
                .append("                if ((m = get").append(method).append("Method) == null) {\n")
                .append("                    get").append(method).append("Method = m = MethodDescriptor.<Request, Response>newBuilder()\n")
                .append("                        .setType(MethodDescriptor.MethodType.UNARY)\n")
                .append("                        .setFullMethodName(generateFullMethodName(SERVICE_NAME, \"").append(method)
                .append("\"))\n                        .setSampledToLocalTracing(true)\n")
                .append("                        .build();\n                }\n            }\n        }\n        return m;\n    }\n\n");
        }
        sb.append("    public static final class Stub extends io.grpc.stub.AbstractAsyncStub<Stub> {\n")
            .append("        private Stub(Channel channel, CallOptions callOptions) {\n            super(channel, callOptions);\n")
            .append("        }\n\n        @Override\n        protected Stub build(Channel channel, CallOptions callOptions) {\n")
            .append("            return new Stub(channel, callOptions);\n        }\n    }\n}\n");
        return sb.toString();
    }

    private String dto(String pkg, String name) {
        StringBuilder sb = new StringBuilder(header(pkg, "java.time.Instant", "java.util.Objects"));
        sb.append("/** A ").append(name.toLowerCase(Locale.ROOT)).append(" as the API returns it. */\n");
        sb.append("public final class ").append(name).append(" {\n");
        int fields = 3 + random.nextInt(10);
        for (int f = 0; f < fields; f++) {
            sb.append("    private final String field").append(f).append(";\n");
        }
        sb.append("    private final Instant createdAt;\n\n    public ").append(name).append("(Instant createdAt");
        for (int f = 0; f < fields; f++) {
            sb.append(", String field").append(f);
        }
        sb.append(") {\n        this.createdAt = createdAt;\n");
        for (int f = 0; f < fields; f++) {
            sb.append("        this.field").append(f).append(" = Objects.requireNonNull(field").append(f).append(");\n");
        }
        sb.append("    }\n\n");
        for (int f = 0; f < fields; f++) {
            sb.append("    public String getField").append(f).append("() {\n        return field").append(f).append(";\n    }\n\n");
        }
        sb.append("    @Override\n    public int hashCode() {\n        return Objects.hash(createdAt");
        for (int f = 0; f < fields; f++) {
            sb.append(", field").append(f);
        }
        return sb.append(");\n    }\n}\n").toString();
    }

    private String serviceClass(String pkg, String name) {
        StringBuilder sb = new StringBuilder(header(pkg, "java.util.ArrayList", "java.util.List", "java.util.Map",
            "java.util.concurrent.ConcurrentHashMap", "org.slf4j.Logger", "org.slf4j.LoggerFactory"));
        sb.append("/** Business logic for ").append(name).append(". */\npublic class ").append(name).append(" {\n")
            .append("    private static final Logger LOG = LoggerFactory.getLogger(").append(name).append(".class);\n")
            .append("    private final Map<String, List<String>> index = new ConcurrentHashMap<>();\n\n");
        int methods = 4 + random.nextInt(24);
        for (int m = 0; m < methods; m++) {
            sb.append("    /** Handles step ").append(m).append(" of the workflow. */\n")
                .append("    public List<String> process").append(m).append("(String key, int limit) {\n")
                .append("        List<String> out = new ArrayList<>();\n")
                .append("        for (int i = 0; i < limit; i++) {\n")
                .append("            String value = key + \":\" + i;\n")
                .append("            if (value.hashCode() % ").append(3 + m).append(" == 0) {\n")
                .append("                LOG.debug(\"skipping {}\", value);\n                continue;\n            }\n")
                .append("            out.add(value);\n        }\n")
                .append("        index.computeIfAbsent(key, k -> new ArrayList<>()).addAll(out);\n")
                .append("        return out;\n    }\n\n");
        }
        return sb.append("}\n").toString();
    }

    private String constantsClass(String pkg, String name) {
        return header(pkg) + "/** Connection tuning shared by the service's channels. */\npublic final class " + name
            + " {\n    public static final long PING_SECONDS = " + (10 + random.nextInt(400)) + ";\n"
            + "    public static final long TIMEOUT_SECONDS = 20;\n\n    private " + name + "() {\n    }\n}\n";
    }

    private String channelClass(String pkg, String name, String service) {
        boolean idle = random.nextBoolean();
        return header(pkg, "io.grpc.ManagedChannel", "io.grpc.ManagedChannelBuilder", "java.util.concurrent.TimeUnit")
            + "public class " + name + " {\n    static final long PING_MINUTES = " + (1 + random.nextInt(10)) + ";\n\n"
            + "    public ManagedChannel open() {\n        return ManagedChannelBuilder.forTarget(\"dns:///" + service
            + ".internal:443\")\n            .keepAliveTime(PING_MINUTES, TimeUnit.MINUTES)\n"
            + "            .keepAliveWithoutCalls(" + idle + ")\n            .build();\n    }\n}\n";
    }

    private String serverClass(String pkg, String name, String service) {
        return header(pkg, "io.grpc.Server", "io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder",
            "java.util.concurrent.TimeUnit")
            + "public class " + name + " {\n    public Server start(int port) throws java.io.IOException {\n"
            + "        return NettyServerBuilder.forPort(" + (9000 + random.nextInt(100)) + ")\n"
            + "            .permitKeepAliveTime(" + (10 + random.nextInt(300)) + ", TimeUnit.SECONDS)\n"
            + "            .build().start();\n    }\n}\n";
    }

    private String etcdClass(String pkg, String name) {
        return header(pkg, "io.etcd.jetcd.Client")
            + "public class " + name + " {\n    private final Client etcd = Client.builder()\n"
            + "        .endpoints(\"http://etcd-0:2379\", \"http://etcd-1:2379\")\n        .build();\n}\n";
    }

    private String threadPoolDecoy(String pkg, String name) {
        return header(pkg, "java.util.concurrent.LinkedBlockingQueue", "java.util.concurrent.ThreadPoolExecutor",
            "java.util.concurrent.TimeUnit")
            + "public class " + name + " {\n    ThreadPoolExecutor pool() {\n"
            + "        ThreadPoolExecutor p = new ThreadPoolExecutor(2, 8, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>());\n"
            + "        p.setKeepAliveTime(30, TimeUnit.SECONDS);\n        return p;\n    }\n}\n";
    }

    private void writeConfig(Path module, String service, int index) throws IOException {
        StringBuilder yml = new StringBuilder("spring:\n  application:\n    name: ").append(service).append('\n');
        yml.append("server:\n  port: 8080\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health\n");
        if (index % 3 == 0) {
            yml.append("grpc:\n  client:\n    upstream:\n      address: dns:///upstream.internal:443\n")
                .append("      enable-keep-alive: true\n      keep-alive-time: ").append(30 + index).append("s\n");
        }
        write(module.resolve("src/main/resources/application.yml"), yml.toString());
        write(module.resolve("src/main/resources/application-prod.properties"),
            "logging.level.root=INFO\nspring.datasource.hikari.keepalive-time=30000\n");
        if (index % 4 == 0) {
            write(module.resolve("deploy/cortex.yaml"), "server:\n  grpc_listen_port: 9095\ningester:\n  lifecycler:\n"
                + "    ring:\n      kvstore:\n        store: etcd\n        etcd:\n          endpoints: [etcd:2379]\n");
        }
    }
}
