package dev.keepalivelint.maven;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The process's real standard output, for GitHub workflow commands. The runner reads a command only at the
 * start of a line; Maven 3 prints a plugin's {@code System.out} as it is, but Maven 4 captures it and prefixes
 * every line with "[INFO] [stdout] ", so the commands go to file descriptor 1 directly.
 */
final class RawStdout {
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);

    private RawStdout() {
    }

    static void print(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        // Maven's own output may be buffered in System.out: let it go first so the order stays readable.
        System.out.flush();
        synchronized (OUT) {
            lines.forEach(OUT::println);
            OUT.flush();
        }
    }
}
