package dev.keepalivelint.scan.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.rules.RuleBookLoader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What of a file JavaParser is given: bodies without builder words are blanked, lines and columns stay. */
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
    void aBodyWithoutBuilderWordsIsBlankedAndEveryPositionStays() {
        String text = HEADER + "class A {\n"
            + "    private static final long PING = 30;\n"
            + "    int helper(int x) {\n\tint y = x * 2; // keepAliveTime in a comment\n        return y + \"}\".length();\n    }\n"
            + "    Object open() {\n        return ManagedChannelBuilder.forTarget(\"a:1\").keepAliveTime(PING, TimeUnit.SECONDS);\n    }\n"
            + "}\n";
        JavaSkeleton s = JavaSkeleton.of(text, words, true);
        String out = s.text();
        assertTrue(s.mayHoldBuilders());
        assertEquals(text.split("\n", -1).length, out.split("\n", -1).length, "every line stays");
        for (String kept : new String[] {"int helper(int x) {", "    }\n    Object open()", "ManagedChannelBuilder.forTarget",
            "keepAliveTime(PING", "private static final long PING = 30;", "}\n}\n"}) {
            assertEquals(lineAndColumn(text, kept), lineAndColumn(out, kept), kept + " in " + out);
        }
        assertFalse(out.contains("int y = x * 2"), out);
        assertTrue(out.contains("int helper(int x) {"), "the signature stays: " + out);
        assertTrue(out.contains("return ManagedChannelBuilder.forTarget(\"a:1\").keepAliveTime(PING, TimeUnit.SECONDS);"), out);
        assertTrue(out.contains("private static final long PING = 30;"), "fields stay: " + out);
        assertTrue(s.blankedChars() > 0);
    }

    @Test
    void commentsAreDroppedWithoutMovingWhatFollows() {
        String text = HEADER + "class A { // keepAliveTime\n    /* several\n       lines */ Object open() {\n"
            + "        return /* inline */ ManagedChannelBuilder.forTarget(\"a:1\");\n    }\n}\n";
        String out = JavaSkeleton.of(text, words, true).text();
        assertFalse(out.contains("several") || out.contains("inline") || out.contains("// keepAliveTime"), out);
        for (String kept : new String[] {"Object open()", "ManagedChannelBuilder.forTarget", "class A {"}) {
            assertEquals(lineAndColumn(text, kept), lineAndColumn(out, kept), kept + " in " + out);
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
    void aSetterAloneKeepsItsBodyForABuilderHeldInAField() {
        String text = HEADER + "class A {\n    ManagedChannelBuilder<?> b;\n"
            + "    void configure() {\n        b.keepAliveWithoutCalls(true);\n    }\n"
            + "    void unrelated() {\n        System.out.println(1);\n    }\n}\n";
        String out = JavaSkeleton.of(text, words, true).text();
        assertTrue(out.contains("b.keepAliveWithoutCalls(true);"), out);
        assertFalse(out.contains("System.out.println(1);"), out);
    }

    @Test
    void bodiesDeclaringALocalTypeEnumsAndFieldInitializersAreKept() {
        String text = HEADER + "class A {\n"
            + "    void local() {\n        class ManagedChannelBuilder { }\n        int x = 1;\n    }\n"
            + "    Runnable r = new Runnable() {\n        public void run() { int z = 3; }\n    };\n"
            + "    enum Mode { FAST { int speed() { return 9; } }; int speed() { return 1; } }\n"
            + "    void other() {\n        Class<?> c = String.class;\n        int w = 2;\n    }\n"
            + "    Object open() {\n        return ManagedChannelBuilder.forTarget(\"a:1\");\n    }\n}\n";
        String out = JavaSkeleton.of(text, words, true).text();
        assertTrue(out.contains("int x = 1;"), "a local class could shadow an import: " + out);
        assertTrue(out.contains("int z = 3;"), "field initializers stay whole: " + out);
        assertTrue(out.contains("return 9;"), "enums stay whole: " + out);
        assertFalse(out.contains("int w = 2;"), "String.class declares no type: " + out);
    }

    @Test
    void aFileWhoseCodeNamesNoBuilderIsNotWorthParsing() {
        // InProcessServerBuilder contains "ServerBuilder"; the channel words sit in a comment and a string.
        String text = "package com.acme;\n\nimport io.grpc.inprocess.InProcessServerBuilder;\n\nclass T {\n"
            + "    // ManagedChannelBuilder.forTarget(x).keepAliveTime(1, SECONDS)\n"
            + "    String s = \"keepAliveTime forPort\";\n"
            + "    void start() {\n        InProcessServerBuilder.forName(\"x\").build();\n    }\n}\n";
        assertFalse(JavaSkeleton.of(text, words, true).mayHoldBuilders());
        assertTrue(JavaSkeleton.of(text.replace("String s =", "Object o = io.grpc.ServerBuilder.forPort(1); String s ="),
            words).mayHoldBuilders());
    }

    @Test
    void aFileTheLexerCannotFollowIsParsedWhole() {
        String text = HEADER + "class A {\n    void helper() {\n        int y = 1;\n    }\n    /* never closed\n}\n";
        JavaSkeleton s = JavaSkeleton.of(text, words, true);
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
    void aTargetSetterAloneMakesNoBuilderButAKeepaliveSetterMayOnAnotherFilesBuilder() {
        String text = HEADER.replace("import io.grpc.ManagedChannelBuilder;\n", "import io.grpc.Channel;\n")
            + "class A {\n    void tune(Holder h) {\n        h.get().setTarget(\"a:1\");\n    }\n}\n";
        assertFalse(JavaSkeleton.of(text, words).mayHoldBuilders());
        // another file's static method may return the builder: the keepalive setter is all this file says
        assertTrue(JavaSkeleton.of(text.replace("setTarget(\"a:1\")", "keepAliveTime(30, TimeUnit.SECONDS)"), words)
            .mayHoldBuilders());
    }
}
