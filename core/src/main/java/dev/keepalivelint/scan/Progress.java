package dev.keepalivelint.scan;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Told how far the scan of the Java files is, from the scanning threads (so it must be thread safe and cheap).
 * An adapter prints it; {@link #throttled} says nothing for a short scan and then one line every few seconds.
 */
@FunctionalInterface
public interface Progress {
    /** Nothing is reported. */
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} Java files are scanned. */
    void filesDone(int done, int total);

    /**
     * Prints "keepalive-lint: 1200/12440 Java files scanned" to {@code out} once the scan has run {@code quiet} and
     * then at most every {@code every}; a scan shorter than {@code quiet} prints nothing. The clock starts now.
     */
    static Progress throttled(Consumer<String> out, Duration quiet, Duration every) {
        long start = System.nanoTime();
        long firstAt = start + quiet.toNanos();
        long step = every.toNanos();
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong(firstAt);
        return (done, total) -> {
            long now = System.nanoTime();
            long due = next.get();
            if (now - due >= 0 && done < total && next.compareAndSet(due, now + step)) {
                out.accept(String.format(java.util.Locale.ROOT, "keepalive-lint: %d/%d Java files scanned (%.0f s)",
                    done, total, (now - start) / 1e9));
            }
        };
    }
}
