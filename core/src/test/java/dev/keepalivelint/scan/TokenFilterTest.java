package dev.keepalivelint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keepalivelint.scan.TokenFilter.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenFilterTest {

    private static Verdict scan(TokenFilter filter, String text) {
        return filter.scan(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void anyTokenOfASingleGroup() {
        TokenFilter f = new TokenFilter(List.of("keepAliveTime", "permitKeepAliveTime"));
        assertEquals(Verdict.MATCH, scan(f, "b.keepAliveTime(30, SECONDS)"));
        assertEquals(Verdict.MATCH, scan(f, "b.permitKeepAliveTime(1, MINUTES)"));
        assertEquals(Verdict.NO_MATCH, scan(f, "b.keepAliveWithoutCalls(true); // keepAliveTim"));
        assertEquals(Verdict.NO_MATCH, scan(f, ""));
    }

    @Test
    void aTokenInsideAnotherIsFoundThroughTheSuffixLink() {
        // "ServerBuilder" ends inside "NettyServerBuilderX": found though the automaton follows the longer token.
        TokenFilter f = new TokenFilter(List.of("NettyServerBuilderFactory", "ServerBuilder"));
        assertEquals(Verdict.MATCH, scan(f, "NettyServerBuilderX"));
        assertEquals(Verdict.NO_MATCH, scan(f, "NettyServerBuildeX"));
    }

    @Test
    void everyGroupOfAClauseMustBePresentInAnyOrder() {
        TokenFilter f = new TokenFilter(List.of(List.of(Set.of("io.grpc"), Set.of("keepAliveTime", "ServerBuilder"))));
        assertEquals(Verdict.MATCH, scan(f, "import io.grpc.netty.NettyChannelBuilder; b.keepAliveTime(1, SECONDS);"));
        assertEquals(Verdict.MATCH, scan(f, "ServerBuilder s; // from io.grpc"));
        assertEquals(Verdict.NO_MATCH, scan(f, "new ThreadPoolExecutor(1, 2, keepAliveTime, SECONDS)"));
        assertEquals(Verdict.NO_MATCH, scan(f, "import io.grpc.stub.StreamObserver;"));
    }

    @Test
    void anyClauseSuffices() {
        TokenFilter f = new TokenFilter(List.of(
            List.of(Set.of("io.grpc"), Set.of("keepAliveTime")),
            List.of(Set.of("io.etcd.jetcd"), Set.of("builder"))));
        assertEquals(Verdict.MATCH, scan(f, "io.etcd.jetcd.Client.builder()"));
        assertEquals(Verdict.MATCH, scan(f, "io.grpc keepAliveTime"));
        // A word of one clause and the package of the other complete neither.
        assertEquals(Verdict.NO_MATCH, scan(f, "io.grpc builder"));
        assertEquals(Verdict.NO_MATCH, scan(f, "io.etcd.jetcd keepAliveTime"));
    }

    @Test
    void aNulByteBeforeTheMatchIsBinaryAfterItIsNot() {
        TokenFilter f = new TokenFilter(List.of("keepAliveTime"));
        assertEquals(Verdict.BINARY, scan(f, "PK\u0000\u0003 keepAliveTime"));
        assertEquals(Verdict.MATCH, scan(f, "keepAliveTime \u0000"));
        assertEquals(Verdict.BINARY, scan(f, "no token \u0000 here"));
    }

    @Test
    void nonAsciiBytesBreakATokenAndNeverMatch() {
        TokenFilter f = new TokenFilter(List.of("keepAlive"));
        assertEquals(Verdict.NO_MATCH, scan(f, "keep\u00e9Alive"));
        assertEquals(Verdict.MATCH, scan(f, "\u00e9keepAlive"));
    }

    @Test
    void noTokensMeansEveryTextFileMatches() {
        TokenFilter f = new TokenFilter(List.<String>of());
        assertEquals(Verdict.MATCH, scan(f, "anything"));
        assertEquals(Verdict.BINARY, scan(f, "a\u0000b"));
    }
}
