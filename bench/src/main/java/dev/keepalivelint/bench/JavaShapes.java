package dev.keepalivelint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The kinds of Java file a service monorepo is made of, written with realistic sizes: small DTOs, enums and
 * interfaces, mid-size mappers and handlers, 300-1000 line service classes, tests, and generated gRPC stubs
 * (which import io.grpc and are large, but hold no keepalive code: the pre-filter must let them pass).
 */
final class JavaShapes {
    /** Extra imports and members put into an otherwise ordinary class (how keepalive code appears in real code). */
    static final class Snippet {
        static final Snippet NONE = new Snippet(List.of(), src -> { });

        final List<String> imports;
        final Consumer<Src> members;

        Snippet(List<String> imports, Consumer<Src> members) {
            this.imports = imports;
            this.members = members;
        }
    }

    private static final List<String> LOGIC_IMPORTS = List.of("com.google.common.base.Preconditions",
        "io.micrometer.core.instrument.MeterRegistry", "java.io.IOException", "java.math.BigDecimal",
        "java.math.RoundingMode", "java.time.Clock", "java.time.Duration", "java.util.ArrayList", "java.util.List",
        "java.util.Locale", "java.util.Map", "java.util.Objects", "java.util.Optional", "java.util.UUID",
        "java.util.concurrent.TimeoutException", "java.util.concurrent.atomic.AtomicLong",
        "java.util.stream.Collectors", "org.slf4j.Logger", "org.slf4j.LoggerFactory",
        "org.springframework.data.domain.PageRequest", "org.springframework.stereotype.Component",
        "org.springframework.stereotype.Service", "org.springframework.transaction.annotation.Transactional");
    private static final String[] VERBS = {"find", "load", "sync", "apply", "reconcile", "publish", "validate",
        "refresh", "merge", "export", "settle", "expire", "reserve", "release", "recalculate"};

    private final Random random;
    private final Statements statements;
    /** Real repositories use one license header throughout; long ones are common and cost parse time too. */
    private final boolean longLicense;

    JavaShapes(Random random, boolean longLicense) {
        this.random = random;
        this.statements = new Statements(random);
        this.longLicense = longLicense;
    }

    private Src header(String pkg, List<String> imports) {
        Src src = new Src();
        if (longLicense) {
            src.line("/*").line(" * Copyright 2019-2026 ACME Corp.").line(" *")
                .line(" * Licensed under the Apache License, Version 2.0 (the \"License\");")
                .line(" * you may not use this file except in compliance with the License.")
                .line(" * You may obtain a copy of the License at").line(" *")
                .line(" *     https://www.apache.org/licenses/LICENSE-2.0").line(" *")
                .line(" * Unless required by applicable law or agreed to in writing, software")
                .line(" * distributed under the License is distributed on an \"AS IS\" BASIS,")
                .line(" * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.").line(" */");
        } else {
            src.line("// Copyright 2026 ACME Corp. All rights reserved.");
        }
        src.line("package " + pkg + ";").line("");
        boolean statics = false;
        for (String i : new TreeSet<>(imports)) {
            boolean isStatic = i.startsWith("static ");
            if (!isStatic && statics) {
                src.line("");
            }
            statics = isStatic;
            src.line("import " + i + ";");
        }
        return src.line("");
    }

    /** A class of business logic with about {@code lines} lines: service classes and mid-size helpers. */
    String logic(String pkg, String name, String annotation, int lines, Snippet extra) {
        List<String> imports = new ArrayList<>(LOGIC_IMPORTS);
        imports.addAll(extra.imports);
        Src src = header(pkg, imports);
        String noun = statements.noun();
        src.line("/**").line(" * " + Statements.cap(noun) + " handling for the " + pkg.split("\\.")[2] + " service.")
            .line(" */");
        src.line(annotation).open("public class " + name);
        src.line("private static final Logger LOG = LoggerFactory.getLogger(" + name + ".class);")
            .line("private static final String DEFAULT_REGION = \"eu-west-1\";").line("");
        int deps = 2 + random.nextInt(4);
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < deps; i++) {
            String f = statements.noun() + "Repository";
            if (!fields.contains(f)) {
                fields.add(f);
                src.line("private final " + Statements.cap(f) + " " + f + ";");
            }
        }
        src.line("private final MeterRegistry metrics;").line("private final Clock clock;")
            .line("private final AtomicLong missing" + Statements.cap(noun) + "s = new AtomicLong();").line("");
        src.open(name + "(" + String.join(", ", typed(fields)) + ", MeterRegistry metrics, Clock clock)");
        for (String f : fields) {
            src.line("this." + f + " = Objects.requireNonNull(" + f + ");");
        }
        src.line("this.metrics = metrics;").line("this.clock = clock;").close().line("");
        extra.members.accept(src);
        while (src.lines() < lines - 8) {
            method(src);
        }
        return src.close().toString();
    }

    private static List<String> typed(List<String> fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            out.add(Statements.cap(f) + " " + f);
        }
        return out;
    }

    private void method(Src src) {
        String noun = statements.noun();
        String type = Statements.cap(noun);
        String verb = VERBS[random.nextInt(VERBS.length)];
        src.line("/**").line(" * " + Statements.cap(verb) + "s the " + noun + "s of one tenant, at most {@code limit}.")
            .line(" */");
        if (random.nextInt(3) == 0) {
            src.line("@Transactional(readOnly = " + random.nextBoolean() + ")");
        }
        src.open("public List<" + type + "> " + verb + type + "s(String tenant, String " + noun + "Id, int limit, int page)");
        src.line("List<String> names = new ArrayList<>();").line("long total = 0;");
        statements.fill(src, 4 + random.nextInt(36));
        src.line("LOG.debug(\"" + verb + " {}: {} names, total {}\", " + noun + "Id, names.size(), total);");
        src.line("return " + noun + "s;").close().line("");
    }

    /** A data class: fields, constructor, getters, often setters, equals, hashCode and toString. */
    String dto(String pkg, String name) {
        Src src = header(pkg, List.of("java.time.Instant", "java.util.Objects",
            "com.fasterxml.jackson.annotation.JsonInclude", "com.fasterxml.jackson.annotation.JsonProperty"));
        int n = 3 + random.nextInt(12);
        boolean setters = random.nextBoolean();
        src.line("/** A " + name + " as the API returns it. */").line("@JsonInclude(JsonInclude.Include.NON_NULL)")
            .open("public class " + name);
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String f = statements.noun() + (i == 0 ? "Id" : Statements.cap(statements.noun()));
            if (!fields.contains(f)) {
                fields.add(f);
                src.line("@JsonProperty(\"" + f + "\")").line("private String " + f + ";");
            }
        }
        src.line("private Instant createdAt;").line("").line("public " + name + "() {").line("}").line("");
        for (String f : fields) {
            String cap = Statements.cap(f);
            src.open("public String get" + cap + "()").line("return " + f + ";").close().line("");
            if (setters) {
                src.open("public void set" + cap + "(String " + f + ")").line("this." + f + " = " + f + ";").close().line("");
            }
        }
        src.line("@Override").open("public boolean equals(Object o)");
        src.open("if (this == o)").line("return true;").close();
        src.open("if (!(o instanceof " + name + "))").line("return false;").close();
        src.line(name + " other = (" + name + ") o;");
        List<String> eq = new ArrayList<>();
        for (String f : fields) {
            eq.add("Objects.equals(" + f + ", other." + f + ")");
        }
        src.line("return " + String.join("\n            && ", eq) + ";").close().line("");
        src.line("@Override").open("public int hashCode()")
            .line("return Objects.hash(" + String.join(", ", fields) + ");").close().line("");
        src.line("@Override").open("public String toString()")
            .line("return \"" + name + "{" + fields.get(0) + "=\" + " + fields.get(0) + " + \"}\";").close();
        return src.close().toString();
    }

    /** An enum or an interface: the small files every codebase has many of. */
    String small(String pkg, String name, boolean isEnum) {
        Src src = header(pkg, isEnum ? List.of() : List.of("java.util.List", "java.util.Optional"));
        int n = 3 + random.nextInt(8);
        if (isEnum) {
            src.line("/** Lifecycle states. */").open("public enum " + name);
            for (int i = 0; i < n; i++) {
                src.line(statements.noun().toUpperCase(java.util.Locale.ROOT) + "_" + i + "(" + (i * 10) + ")"
                    + (i == n - 1 ? ";" : ","));
            }
            src.line("").line("private final int code;").line("")
                .open(name + "(int code)").line("this.code = code;").close().line("")
                .open("public int code()").line("return code;").close();
        } else {
            src.line("/** Port to the storage of this service. */").open("public interface " + name);
            for (int i = 0; i < n; i++) {
                String t = Statements.cap(statements.noun());
                src.line("").line("/** Finds the " + t + " with the given id, if any. */")
                    .line("Optional<" + t + "> find" + t + i + "(String id);");
            }
        }
        return src.close().toString();
    }

    /** A JUnit 5 test with Mockito, 40-190 lines. */
    String test(String pkg, String name) {
        Src src = header(pkg, List.of("static org.assertj.core.api.Assertions.assertThat",
            "static org.mockito.Mockito.when", "static org.mockito.Mockito.verify", "java.util.List",
            "org.junit.jupiter.api.BeforeEach", "org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.extension.ExtendWith", "org.mockito.Mock",
            "org.mockito.junit.jupiter.MockitoExtension"));
        String noun = statements.noun();
        String type = Statements.cap(noun);
        src.line("@ExtendWith(MockitoExtension.class)").open("class " + name);
        src.line("@Mock").line("private " + type + "Repository repository;").line("")
            .line("private " + type + "Service service;").line("");
        src.line("@BeforeEach").open("void setUp()").line("service = new " + type + "Service(repository);").close();
        int target = 40 + random.nextInt(150);
        int i = 0;
        while (src.lines() < target) {
            src.line("").line("@Test").open("void " + noun + "Case" + i++ + "()");
            src.line("when(repository.findAll()).thenReturn(List.of(new " + type + "(\"" + noun + "-" + i + "\")));");
            statements.fill(src, 3 + random.nextInt(10));
            src.line("assertThat(service.list()).hasSize(1);").line("verify(repository).findAll();").close();
        }
        return src.close().toString();
    }

    /** A class as protoc-gen-grpc-java generates it: imports io.grpc, large, no keepalive anywhere. */
    String grpcStub(String pkg, String name) {
        Src src = header(pkg, List.of("static io.grpc.MethodDescriptor.generateFullMethodName",
            "static io.grpc.stub.ClientCalls.asyncUnaryCall", "static io.grpc.stub.ClientCalls.blockingUnaryCall",
            "static io.grpc.stub.ServerCalls.asyncUnaryCall", "static io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall",
            "io.grpc.BindableService", "io.grpc.CallOptions", "io.grpc.Channel", "io.grpc.MethodDescriptor",
            "io.grpc.ServerServiceDefinition", "io.grpc.protobuf.ProtoUtils", "io.grpc.stub.AbstractBlockingStub",
            "io.grpc.stub.AbstractStub", "io.grpc.stub.StreamObserver"));
        src.line("/**").line(" */").line("@javax.annotation.Generated(").line("    value = \"by gRPC proto compiler (version 1.68.1)\",")
            .line("    comments = \"Source: acme/" + name.toLowerCase(java.util.Locale.ROOT) + ".proto\")")
            .line("@io.grpc.stub.annotations.GrpcGenerated").open("public final class " + name);
        src.line("").line("private " + name + "() {}").line("")
            .line("public static final String SERVICE_NAME = \"acme." + name.replace("Grpc", "") + "\";").line("");
        int methods = 2 + random.nextInt(12);
        List<String> names = new ArrayList<>();
        for (int m = 0; m < methods; m++) {
            String method = Statements.cap(VERBS[random.nextInt(VERBS.length)]) + Statements.cap(statements.noun()) + m;
            names.add(method);
            String req = method + "Request";
            String res = method + "Response";
            String getter = "get" + method + "Method";
            src.line("// Static method descriptors that strictly reflect the proto.")
                .line("private static volatile MethodDescriptor<" + req + ", " + res + "> " + getter + ";").line("");
            src.line("@io.grpc.stub.annotations.RpcMethod(").line("    fullMethodName = SERVICE_NAME + '/' + \"" + method + "\",")
                .line("    requestType = " + req + ".class,").line("    responseType = " + res + ".class,")
                .line("    methodType = MethodDescriptor.MethodType.UNARY)");
            src.open("public static MethodDescriptor<" + req + ", " + res + "> " + getter + "()")
                .line("MethodDescriptor<" + req + ", " + res + "> " + getter + ";");
            src.open("if ((" + getter + " = " + name + "." + getter + ") == null)")
                .open("synchronized (" + name + ".class)")
                .open("if ((" + getter + " = " + name + "." + getter + ") == null)")
                .line(name + "." + getter + " = " + getter + " =")
                .line("    MethodDescriptor.<" + req + ", " + res + ">newBuilder()")
                .line("    .setType(MethodDescriptor.MethodType.UNARY)")
                .line("    .setFullMethodName(generateFullMethodName(SERVICE_NAME, \"" + method + "\"))")
                .line("    .setSampledToLocalTracing(true)")
                .line("    .setRequestMarshaller(ProtoUtils.marshaller(" + req + ".getDefaultInstance()))")
                .line("    .setResponseMarshaller(ProtoUtils.marshaller(" + res + ".getDefaultInstance()))")
                .line("    .build();").close().close().close().line("return " + getter + ";").close().line("");
        }
        src.open("public static abstract class ImplBase implements BindableService");
        for (String m : names) {
            src.line("").open("public void " + Character.toLowerCase(m.charAt(0)) + m.substring(1) + "(" + m
                + "Request request, StreamObserver<" + m + "Response> responseObserver)")
                .line("asyncUnimplementedUnaryCall(get" + m + "Method(), responseObserver);").close();
        }
        src.close().line("");
        src.open("public static final class BlockingStub extends AbstractBlockingStub<BlockingStub>")
            .open("private BlockingStub(Channel channel, CallOptions callOptions)").line("super(channel, callOptions);")
            .close().line("").line("@Override")
            .open("protected BlockingStub build(Channel channel, CallOptions callOptions)")
            .line("return new BlockingStub(channel, callOptions);").close();
        for (String m : names) {
            src.line("").open("public " + m + "Response " + Character.toLowerCase(m.charAt(0)) + m.substring(1)
                + "(" + m + "Request request)")
                .line("return blockingUnaryCall(getChannel(), get" + m + "Method(), getCallOptions(), request);").close();
        }
        return src.close().close().toString();
    }

    /** The constants a service's channels share, read from other files (parsed on demand by the plugin). */
    String constants(String pkg, String name, int pingSeconds) {
        return header(pkg, List.of()).line("/** Connection tuning shared by the service's outbound channels. */")
            .open("public final class " + name)
            .line("/** Keeps idle connections open through the load balancer (idle timeout 350 s). */")
            .line("public static final long PING_SECONDS = " + pingSeconds + ";")
            .line("public static final long PING_TIMEOUT_SECONDS = 20;")
            .line("public static final int MAX_INBOUND_MESSAGE_BYTES = 16 * 1024 * 1024;").line("")
            .open("private " + name + "()").close().close().toString();
    }
}
