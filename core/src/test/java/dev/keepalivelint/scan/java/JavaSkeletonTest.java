package dev.keepalivelint.scan.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.rules.RuleBookLoader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whether a file is worth parsing, and what of it JavaParser is given: comments blanked, lines and columns stay. */
class JavaSkeletonTest {
    private static JavaSkeleton.Words words;

    @BeforeAll
    static void rules() throws Exception {
        RuleBook rules = RuleBookLoader.loadWith(List.of());
        words = new JavaSkeleton.Words(rules.javaBuilders());
    }

    private static final String HEADER = "package com.acme;\n\nimport io.grpc.ManagedChannelBuilder;\n"
        + "import java.util.concurrent.TimeUnit;\n\n";

    @Test
    void bodiesWithoutBuilderWordsAreGivenWholeAndOnlyCommentsAreBlanked() {
        // The extraction reads such bodies: a constructor assigning the final field a builder method reads.
        String text = HEADER + "class A {\n"
            + "    private final long ping;\n"
            + "    A() {\n\tthis.ping = 30; // keepAliveTime in a comment\n        String s = \"}\";\n    }\n"
            + "    Object open() {\n        return ManagedChannelBuilder.forTarget(\"a:1\").keepAliveTime(ping, TimeUnit.SECONDS);\n    }\n"
            + "}\n";
        JavaSkeleton s = JavaSkeleton.of(text, words);
        String out = s.text();
        assertTrue(s.mayHoldBuilders());
        assertEquals(text.split("\n", -1).length, out.split("\n", -1).length, "every line stays");
        assertTrue(out.contains("\tthis.ping = 30; "), out);
        assertTrue(out.contains("String s = \"}\";"), out);
        assertFalse(out.contains("in a comment"), out);
        for (String kept : new String[] {"A() {", "this.ping", "ManagedChannelBuilder.forTarget", "keepAliveTime(ping",
            "}\n}\n"}) {
            assertEquals(lineAndColumn(text, kept), lineAndColumn(out, kept), kept + " in " + out);
        }
    }

    @Test
    void aCommentAfterTheWordRecordIsBlankedOnce() {
        // "record" is a type keyword only before a name: the lexer looks one token ahead, past the comment.
        String text = HEADER + "class A {\n    record /* r */ Pair(int a) { }\n"
            + "    Object open() {\n        return ManagedChannelBuilder.forTarget(\"a:1\");\n    }\n}\n";
        String out = JavaSkeleton.of(text, words).text();
        assertEquals(text.replace("/* r */", "       "), out);
    }

    @Test
    void commentsAreDroppedWithoutMovingWhatFollows() {
        String text = HEADER + "class A { // keepAliveTime\n    /* several\n       lines */ Object open() {\n"
            + "        return /* inline */ ManagedChannelBuilder.forTarget(\"a:1\");\n    }\n}\n";
        String out = JavaSkeleton.of(text, words).text();
        assertFalse(out.contains("several") || out.contains("inline") || out.contains("// keepAliveTime"), out);
        for (String kept : new String[] {"Object open()", "ManagedChannelBuilder.forTarget", "class A {"}) {
            assertEquals(lineAndColumn(text, kept), lineAndColumn(out, kept), kept + " in " + out);
        }
    }

    @Test
    void aBuilderMadeWithNewCountsOnlyWhereItsClassFollowsNew() {
        // Dubbo's ReferenceConfig is a builder only as `new ReferenceConfig<>()`; its framework code and tests name
        // the class as ReferenceConfig.class, in static calls and in imports far more often.
        String header = "package com.acme;\n\nimport org.apache.dubbo.config.ReferenceConfig;\n\nclass A {\n";
        String[] named = {
            "    Class<?> c = ReferenceConfig.class;\n",
            "    Object i = ReferenceConfig.determineInterfaceClass(false, \"x\");\n",
            "    java.util.function.Supplier<Object> s = ReferenceConfig::new;\n",
            "    // new ReferenceConfig<>() in a comment\n",
        };
        for (String line : named) {
            assertFalse(JavaSkeleton.of(header + line + "}\n", words).mayHoldBuilders(), line);
        }
        String[] created = {
            "    Object r = new ReferenceConfig<>();\n",
            "    Object r = new org.apache.dubbo.config.ReferenceConfig<String>();\n",
            "    Object r = new\n        ReferenceConfig<>() { };\n",
            // a `new` whose class the lexer does not read counts for every class the code names
            "    Object r = new @Deprecated ReferenceConfig<>();\n",
        };
        for (String line : created) {
            assertTrue(JavaSkeleton.of(header + line + "}\n", words).mayHoldBuilders(), line);
        }
    }

    /** "line:column" (1-based) of the first occurrence of {@code what}. */
    private static String lineAndColumn(String text, String what) {
        int at = text.indexOf(what);
        assertTrue(at >= 0, what + " missing from " + text);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (at - lineStart + 1);
    }

    @Test
    void aFileWhoseCodeNamesNoBuilderIsNotWorthParsing() {
        // InProcessServerBuilder contains "ServerBuilder"; the channel words sit in a comment and a string.
        String text = "package com.acme;\n\nimport io.grpc.inprocess.InProcessServerBuilder;\n\nclass T {\n"
            + "    // ManagedChannelBuilder.forTarget(x).keepAliveTime(1, SECONDS)\n"
            + "    String s = \"keepAliveTime forPort\";\n"
            + "    void start() {\n        InProcessServerBuilder.forName(\"x\").build();\n    }\n}\n";
        assertFalse(JavaSkeleton.of(text, words).mayHoldBuilders());
        assertTrue(JavaSkeleton.of(text.replace("String s =", "Object o = io.grpc.ServerBuilder.forPort(1); String s ="),
            words).mayHoldBuilders());
    }

    @Test
    void aFileTheLexerCannotFollowIsParsedWhole() {
        String text = HEADER + "class A {\n    void helper() {\n        int y = 1;\n    }\n    /* never closed\n}\n";
        JavaSkeleton s = JavaSkeleton.of(text, words);
        assertEquals(text, s.text());
        assertTrue(s.mayHoldBuilders());
    }

    @Test
    void aFactoryCountsOnlyWithItsClassAndANestedTypeOnlyWithItsOuterClass() {
        // The Temporal options' factory is newBuilder() and their builder type ServiceStubsOptions.Builder: a file of
        // that package that builds protobuf messages says both words and yields nothing.
        String head = "package io.temporal.internal;\n\nimport io.temporal.serviceclient.WorkflowServiceStubs;\n\n";
        String protobuf = head + "class Poller {\n    Object request() {\n"
            + "        Request.Builder b = Request.newBuilder();\n        return b.setTarget(\"x\").build();\n    }\n}\n";
        assertFalse(JavaSkeleton.of(protobuf, words).mayHoldBuilders());
        String factory = protobuf.replace("Request.newBuilder()", "WorkflowServiceStubsOptions.newBuilder()");
        assertTrue(JavaSkeleton.of(factory, words).mayHoldBuilders());
        String nested = protobuf.replace("Request.Builder b", "ServiceStubsOptions.Builder b");
        assertTrue(JavaSkeleton.of(nested, words).mayHoldBuilders());
        // the class's name in a comment or a string does not count
        assertFalse(JavaSkeleton.of(protobuf.replace("class Poller {", "class Poller { // WorkflowServiceStubsOptions"),
            words).mayHoldBuilders());
    }

    @Test
    void aFactoryAndANestedTypeCountOnlyWrittenWithTheirClass() {
        // A Temporal test helper imports WorkflowServiceStubsOptions, calls newBuilder() of other options classes and
        // declares a Builder of its own: both words are said, never side by side with the class.
        String head = "package io.temporal.testing;\n\nimport io.temporal.serviceclient.WorkflowServiceStubsOptions;\n\n";
        String helper = head + "class Extension {\n    static Builder newBuilder() {\n        return new Builder();\n    }\n"
            + "    static final class Builder {\n        WorkflowServiceStubsOptions options;\n    }\n"
            + "    Object client() {\n        return ClientOptions.newBuilder().build();\n    }\n}\n";
        assertFalse(JavaSkeleton.of(helper, words).mayHoldBuilders());
        String[] builders = {
            helper.replace("ClientOptions.newBuilder()", "WorkflowServiceStubsOptions\n            .newBuilder()"),
            helper.replace("ClientOptions.newBuilder()", "io.temporal.serviceclient.WorkflowServiceStubsOptions.newBuilder()"),
            helper.replace("import io.temporal.serviceclient.WorkflowServiceStubsOptions;",
                "import static io.temporal.serviceclient.WorkflowServiceStubsOptions.newBuilder;"),
            helper.replace("import io.temporal.serviceclient.WorkflowServiceStubsOptions;",
                "import static io.temporal.serviceclient.WorkflowServiceStubsOptions.*;"),
            helper.replace("WorkflowServiceStubsOptions options;", "WorkflowServiceStubsOptions.Builder options;"),
            helper.replace("import io.temporal.serviceclient.WorkflowServiceStubsOptions;",
                "import io.temporal.serviceclient.WorkflowServiceStubsOptions.Builder;"),
            // inside the options class itself its Builder is named alone
            "package io.temporal.serviceclient;\n\nclass WorkflowServiceStubsOptions {\n"
                + "    static Builder newBuilder() {\n        return new Builder();\n    }\n"
                + "    static final class Builder {\n    }\n}\n",
        };
        for (String text : builders) {
            assertTrue(JavaSkeleton.of(text, words).mayHoldBuilders(), text);
        }
    }

    @Test
    void aTargetSetterAloneMakesNoBuilderButAKeepaliveSetterMayOnAnotherFilesBuilder() {
        String text = HEADER.replace("import io.grpc.ManagedChannelBuilder;\n", "import io.grpc.Channel;\n")
            + "class A {\n    void tune(Holder h) {\n        h.get().setTarget(\"a:1\");\n    }\n}\n";
        assertFalse(JavaSkeleton.of(text, words).mayHoldBuilders());
        // another file's static method may return the builder: the keepalive setter is all this file says
        assertTrue(JavaSkeleton.of(text.replace("setTarget(\"a:1\")", "keepAliveTime(30, TimeUnit.SECONDS)"), words)
            .mayHoldBuilders());
    }
}
