package dev.keepalivelint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic source tree shaped like a gRPC service monorepo: one module per service (about one per
 * 1,000 Java files), each with 10-40 packages under src/main/java and src/test/java and its configuration under
 * src/main/resources. About 1 % of the Java files build channels, servers or jetcd clients; the rest is the usual
 * mix (see {@link JavaShapes}). Everything comes from one {@link Random} with a fixed seed, so the same seed and
 * size give a byte-identical tree.
 */
public final class TreeGenerator {
    public static final long DEFAULT_SEED = 20261124L;

    private static final String[] SERVICES = {"orders", "billing", "inventory", "catalog", "search", "users",
        "payments", "shipping", "reviews", "pricing", "ledger", "notifications", "fulfilment", "returns", "loyalty",
        "identity"};
    private static final String[] SUBPACKAGES = {"api", "api.v1", "api.v2", "api.internal", "grpc",
        "grpc.interceptor", "grpc.health", "service", "service.impl", "service.pricing", "service.sync", "repository",
        "repository.jdbc", "repository.cache", "model", "model.dto", "model.entity", "model.event", "config",
        "config.properties", "events", "events.kafka", "events.outbox", "client", "client.http", "client.grpc",
        "security", "security.jwt", "util", "util.time", "web", "web.controller", "web.advice", "mapper", "scheduling",
        "metrics", "cache", "batch", "batch.job", "validation", "domain", "domain.policy", "domain.rules", "audit",
        "migration", "admin", "export", "export.csv", "notification", "search"};
    private static final String[] SERVICE_SUFFIXES = {"Service", "ServiceImpl", "Manager", "Coordinator"};
    private static final String[] HELPER_SUFFIXES = {"Mapper", "Handler", "Validator", "Repository", "Controller",
        "Client", "Factory", "Listener", "Converter", "Job", "Scheduler", "Facade"};
    private static final String[] DTO_SUFFIXES = {"Dto", "Request", "Response", "View", "Entity", "Event"};
    private static final String[] KEEPALIVE_SUFFIXES = {"ChannelFactory", "GrpcClient", "Connector", "Coordinator"};

    private final Path root;
    private final Random random;
    private final KeepaliveShapes keepalive;
    private final ConfigShapes config;
    private final Set<Path> written = new HashSet<>();
    private long bytes;
    private int javaFiles;
    private int configFiles;

    /** @param root an empty or missing directory: files already there are left alone, not made deterministic */
    public TreeGenerator(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
        this.keepalive = new KeepaliveShapes(random);
        this.config = new ConfigShapes(random);
    }

    /** Writes {@code count} Java files and the configuration of their modules; returns the bytes written. */
    public long generate(int count) throws IOException {
        int services = Math.max(1, Math.min(SERVICES.length, count / 1000));
        int done = 0;
        for (int s = 0; s < services; s++) {
            int n = s == services - 1 ? count - done : count / services;
            writeService(SERVICES[s], s, n);
            done += n;
        }
        return bytes;
    }

    public int javaFiles() {
        return javaFiles;
    }

    public int configFiles() {
        return configFiles;
    }

    private void writeService(String service, int index, int count) throws IOException {
        Path module = root.resolve(service);
        String base = "com.acme." + service;
        JavaShapes shapes = new JavaShapes(random, index % 2 == 0);
        List<String> packages = packages(base);
        String constants = base + ".config.GrpcTuning";
        writeJava(module, false, base + ".config", "GrpcTuning",
            shapes.constants(base + ".config", "GrpcTuning", 20 + random.nextInt(600)));
        for (int i = 1; i < count; i++) {
            writeOne(module, shapes, packages, constants);
        }
        for (Map.Entry<String, String> e : config.files(service, index).entrySet()) {
            write(module.resolve(e.getKey()), e.getValue());
            configFiles++;
        }
    }

    /** "config" and "api.v1" always (the constants and the gRPC stubs live there), then 8-38 others. */
    private List<String> packages(String base) {
        List<String> rest = new ArrayList<>(Arrays.asList(SUBPACKAGES));
        rest.remove("config");
        rest.remove("api.v1");
        Collections.shuffle(rest, random);
        List<String> out = new ArrayList<>(List.of(base + ".config", base + ".api.v1"));
        int n = 10 + random.nextInt(31);
        for (String p : rest.subList(0, n - 2)) {
            out.add(base + "." + p);
        }
        return out;
    }

    /**
     * One Java file of a kind drawn from the mix, sized so that the tree averages about 6 KB per Java file:
     * 1 % keepalive code inside helper classes (per mille: 3 fluent channels, 2 channels reading constants of
     * another file, 1 local Netty builder, 2 servers, 2 jetcd clients), 0.5 % look-alikes, then the kinds below.
     */
    private void writeOne(Path module, JavaShapes shapes, List<String> packages, String constants) throws IOException {
        String pkg = packages.get(random.nextInt(packages.size()));
        String noun = Statements.cap(Statements.NOUNS[random.nextInt(Statements.NOUNS.length)]);
        int dice = random.nextInt(1000);
        int helperLines = 40 + random.nextInt(160);
        if (dice < 10) {
            JavaShapes.Snippet s = dice < 3 ? keepalive.channelChain() : dice < 5 ? keepalive.channelFromConstants(constants)
                : dice < 6 ? keepalive.channelLocal() : dice < 8 ? keepalive.server() : keepalive.etcd();
            String name = unique(module, false, pkg, noun + pick(KEEPALIVE_SUFFIXES));
            writeJava(module, false, pkg, name, shapes.logic(pkg, name, "@Component", helperLines, s));
        } else if (dice < 15) {
            String name = unique(module, false, pkg, noun + pick(HELPER_SUFFIXES));
            writeJava(module, false, pkg, name, shapes.logic(pkg, name, "@Component", helperLines, keepalive.decoy()));
        } else if (dice < 95) { // generated stubs: 8 %
            String stubPkg = packages.get(1);
            String name = unique(module, false, stubPkg, noun + "ServiceGrpc");
            writeJava(module, false, stubPkg, name, shapes.grpcStub(stubPkg, name));
        } else if (dice < 145) { // service classes of 300-1000 lines: 5 %
            String name = unique(module, false, pkg, noun + pick(SERVICE_SUFFIXES));
            writeJava(module, false, pkg, name, shapes.logic(pkg, name, "@Service", 300 + random.nextInt(701),
                JavaShapes.Snippet.NONE));
        } else if (dice < 395) { // DTOs: 25 %
            String name = unique(module, false, pkg, noun + pick(DTO_SUFFIXES));
            writeJava(module, false, pkg, name, shapes.dto(pkg, name));
        } else if (dice < 445) { // enums and interfaces: 5 %
            boolean isEnum = random.nextBoolean();
            String name = unique(module, false, pkg, noun + (isEnum ? "Status" : "Store"));
            writeJava(module, false, pkg, name, shapes.small(pkg, name, isEnum));
        } else if (dice < 595) { // tests: 15 %
            String name = unique(module, true, pkg, noun + pick(HELPER_SUFFIXES) + "Test");
            writeJava(module, true, pkg, name, shapes.test(pkg, name));
        } else { // helpers of 40-200 lines: 40.5 %
            String name = unique(module, false, pkg, noun + pick(HELPER_SUFFIXES));
            writeJava(module, false, pkg, name, shapes.logic(pkg, name, "@Component", helperLines,
                JavaShapes.Snippet.NONE));
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static Path javaFile(Path module, boolean test, String pkg, String name) {
        return module.resolve(test ? "src/test/java" : "src/main/java").resolve(pkg.replace('.', '/'))
            .resolve(name + ".java");
    }

    /** {@code name}, or name2, name3, ... when the package already has it. */
    private String unique(Path module, boolean test, String pkg, String name) {
        String candidate = name;
        for (int i = 2; written.contains(javaFile(module, test, pkg, candidate)); i++) {
            candidate = name + i;
        }
        return candidate;
    }

    private void writeJava(Path module, boolean test, String pkg, String name, String content) throws IOException {
        write(javaFile(module, test, pkg, name), content);
        javaFiles++;
    }

    private void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] b = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, b);
        written.add(file);
        bytes += b.length;
    }
}
