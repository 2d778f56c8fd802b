package dev.keepalivelint.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, the one hash the plugin uses: for fingerprints, cache keys and the rules' identity. */
public final class Sha256 {
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /**
     * Never used itself, only cloned: a scan hashes every file, and looking the algorithm up among the providers
     * each time was a sixth of the hashing in a fresh JVM (a clone copies a few small arrays).
     */
    private static final MessageDigest PROTOTYPE = lookUp();

    private Sha256() {
    }

    /** A fresh digest, for hashing in several steps. */
    public static MessageDigest digest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** The whole hash of {@code bytes}, 64 hex digits. */
    public static String hex(byte[] bytes) {
        return hex(digest().digest(bytes), 32);
    }

    /** The first 16 bytes of the hash of {@code text} (UTF-8), 32 hex digits: plenty for an identity. */
    public static String shortHex(String text) {
        return hex(digest().digest(text.getBytes(StandardCharsets.UTF_8)), 16);
    }

    /** The first {@code length} bytes of a finished digest, as hex. */
    public static String hex(byte[] digest, int length) {
        byte[] text = new byte[length * 2];
        for (int i = 0; i < length; i++) {
            text[2 * i] = HEX_DIGITS[(digest[i] >> 4) & 0xf];
            text[2 * i + 1] = HEX_DIGITS[digest[i] & 0xf];
        }
        return new String(text, StandardCharsets.US_ASCII);
    }
}
