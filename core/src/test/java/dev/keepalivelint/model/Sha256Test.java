package dev.keepalivelint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** SHA-256 as FIPS 180-2 gives it, in lower-case hex, from digests that do not share state. */
class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void hashesAsTheStandardSays() {
        assertEquals(ABC, Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(EMPTY, Sha256.hex(new byte[0]));
        assertEquals(ABC.substring(0, 32), Sha256.shortHex("abc"));
    }

    @Test
    void digestsAreIndependent() {
        MessageDigest first = Sha256.digest();
        MessageDigest second = Sha256.digest();
        first.update("ab".getBytes(StandardCharsets.US_ASCII));
        second.update("x".getBytes(StandardCharsets.US_ASCII));
        first.update("c".getBytes(StandardCharsets.US_ASCII));
        assertEquals(ABC, Sha256.hex(first.digest(), 32));
        assertEquals(EMPTY, Sha256.hex(Sha256.digest().digest(), 32));
        assertEquals(ABC, Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
