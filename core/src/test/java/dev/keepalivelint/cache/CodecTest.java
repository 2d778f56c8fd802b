package dev.keepalivelint.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caches' strings: exactly writeUTF's bytes, read back as readUTF reads them, whatever the text. */
class CodecTest {
    private static final List<String> TEXTS = List.of("", "src/main/java/com/acme/Channels.java",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "what?", "?", "a\u0000b", "\u0000",
        "caf\u00e9", "\u00ff?", "\u20ac?", "emoji \ud83d\ude00 here", "lone \ud83d high", "lone \ude00 low", "\u007f",
        "x".repeat(65535), "\u00e9".repeat(30000));

    @Test
    void writesTheBytesOfWriteUtf() throws IOException {
        for (String s : TEXTS) {
            assertArrayEquals(bytes(s, false), bytes(s, true), () -> "bytes of " + describe(s));
        }
    }

    @Test
    void readsWhatEitherWrote() throws IOException {
        for (String s : TEXTS) {
            assertEquals(s, Codec.readUtf(new DataInputStream(new ByteArrayInputStream(bytes(s, false)))),
                () -> "read back " + describe(s));
            assertEquals(s, new DataInputStream(new ByteArrayInputStream(bytes(s, true))).readUTF(),
                () -> "readUTF of " + describe(s));
        }
    }

    @Test
    void failsAsWriteUtfAndReadUtfFail() throws IOException {
        DataOutputStream out = new DataOutputStream(new ByteArrayOutputStream());
        assertThrows(UTFDataFormatException.class, () -> Codec.writeUtf(out, "x".repeat(65536)));
        byte[] truncated = {0, 5, 'a', 'b'};
        assertThrows(EOFException.class, () -> Codec.readUtf(new DataInputStream(new ByteArrayInputStream(truncated))));
        byte[] malformed = {0, 2, (byte) 0xc3, 'a'};
        assertThrows(UTFDataFormatException.class,
            () -> Codec.readUtf(new DataInputStream(new ByteArrayInputStream(malformed))));
    }

    private static byte[] bytes(String s, boolean fast) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            if (fast) {
                Codec.writeUtf(out, s);
            } else {
                out.writeUTF(s);
            }
        }
        return buffer.toByteArray();
    }

    private static String describe(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "... (" + s.length() + " chars)" : s;
    }
}
