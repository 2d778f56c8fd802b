package dev.keepalivelint.scan;

import dev.keepalivelint.model.Diagnostic;
import dev.keepalivelint.model.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads project files as text, turning every way a file can be unreadable (missing, no permission, too
 * large, binary, wrong encoding) into an {@link Diagnostic} instead of an exception.
 */
public final class TextFiles {
    private final Charset charset;
    private final long maxBytes;

    /**
     * @param charset  the encoding files are expected in (the project's source encoding)
     * @param maxBytes files larger than this are reported instead of read
     */
    public TextFiles(Charset charset, long maxBytes) {
        this.charset = charset;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The encoding files are expected in. */
    public Charset charset() {
        return charset;
    }

    /** A file's bytes, or the problem that prevented reading them. */
    public static final class Bytes {
        private final byte[] content;
        private final Diagnostic problem;

        Bytes(byte[] content, Diagnostic problem) {
            this.content = content;
            this.problem = problem;
        }

        public byte[] content() {
            return content;
        }

        public Diagnostic problem() {
            return problem;
        }
    }

    /** A file's text, or the problem that prevented reading it. */
    public static final class Text {
        private final String content;
        private final Diagnostic problem;

        public Text(String content, Diagnostic problem) {
            this.content = content;
            this.problem = problem;
        }

        public String content() {
            return content;
        }

        public Diagnostic problem() {
            return problem;
        }
    }

    /** Reads the raw bytes, refusing files over the size limit. */
    public Bytes readBytes(Path path, String displayPath) {
        Location where = Location.ofFile(displayPath);
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                return new Bytes(null, new Diagnostic(where, String.format(Locale.ROOT,
                    "not scanned: %.1f MB is over the %.1f MB limit for one file (raise the file size limit to scan it)",
                    size / 1048576.0, maxBytes / 1048576.0)));
            }
            return new Bytes(Files.readAllBytes(path), null);
        } catch (AccessDeniedException e) {
            return new Bytes(null, new Diagnostic(where, "cannot be read: permission denied"));
        } catch (NoSuchFileException e) {
            return new Bytes(null, new Diagnostic(where, "cannot be read: the file disappeared or is a broken link"));
        } catch (IOException | SecurityException e) {
            return new Bytes(null, new Diagnostic(where, "cannot be read: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage())));
        }
    }

    /** Reads and decodes a file in the expected encoding. */
    public Text read(Path path, String displayPath) {
        Bytes bytes = readBytes(path, displayPath);
        if (bytes.problem() != null) {
            return new Text(null, bytes.problem());
        }
        return decode(bytes.content(), displayPath, charset);
    }

    /**
     * Decodes bytes strictly; binary content (NUL bytes) and bytes that are not valid in the encoding are
     * reported with the line they are on.
     */
    public static Text decode(byte[] content, String displayPath, Charset charset) {
        int nul = indexOf(content, (byte) 0);
        if (nul >= 0) {
            return new Text(null, new Diagnostic(new Location(displayPath, lineAt(content, nul), 0),
                "binary content (a NUL byte), not a text file"));
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            return new Text(text, null);
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(content, charset);
            return new Text(null, new Diagnostic(new Location(displayPath, lineAt(content, bad), 0),
                "not valid " + charset.name() + " text (set the project's source encoding if the file uses another one)"));
        }
    }

    private static int firstMalformed(byte[] content, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, content.length));
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static int indexOf(byte[] content, byte b) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based line number of byte offset {@code offset}. */
    public static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
