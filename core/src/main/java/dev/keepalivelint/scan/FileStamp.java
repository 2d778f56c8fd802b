package dev.keepalivelint.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Size and modification time of a file: when both are unchanged, its content is taken as unchanged (the way
 * git's index works). Lives with the scanner, which reads it from the walk's attributes; the cache only stores it.
 */
public final class FileStamp {
    private final long size;
    private final long modified;

    public FileStamp(long size, long modified) {
        this.size = size;
        this.modified = modified;
    }

    /** The stamp of a file now, or null when it cannot be read. */
    public static FileStamp of(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** The stamp from attributes already read (by the walk that found the file). */
    public static FileStamp of(BasicFileAttributes a) {
        java.time.Instant t = a.lastModifiedTime().toInstant();
        return new FileStamp(a.size(), t.getEpochSecond() * 1_000_000_000L + t.getNano());
    }

    public long size() {
        return size;
    }

    /** Modification time in nanoseconds since the epoch. */
    public long modified() {
        return modified;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileStamp && ((FileStamp) o).size == size && ((FileStamp) o).modified == modified;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Long.hashCode(modified);
    }

    @Override
    public String toString() {
        return size + "@" + modified;
    }
}
