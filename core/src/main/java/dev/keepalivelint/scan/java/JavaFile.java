package dev.keepalivelint.scan.java;

import dev.keepalivelint.scan.FileStamp;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/** A Java source file of the project: where it is, its path for reports and the class name its path implies. */
public final class JavaFile {
    private final Path path;
    private final String displayPath;
    private final String className;
    /** Null when the walk did not say: {@link #stamp()} reads it then. */
    private final FileStamp stamp;

    public JavaFile(Path path, String displayPath, String className, BasicFileAttributes attributes) {
        this.path = Objects.requireNonNull(path);
        this.displayPath = Objects.requireNonNull(displayPath);
        this.className = className;
        // The stamp, not the attributes object: a project of 12,000 files kept 2 MB of attributes for two longs each.
        this.stamp = attributes == null ? null : FileStamp.of(attributes);
    }

    /** Size and modification time as the walk saw them, else as the file is now; null when it cannot be read. */
    public FileStamp stamp() {
        return stamp != null ? stamp : FileStamp.of(path);
    }

    /**
     * A file under {@code sourceRoot}; the class name comes from its path below the root
     * ({@code com/acme/Timeouts.java} is {@code com.acme.Timeouts}).
     */
    public static JavaFile under(Path sourceRoot, Path file, String displayPath, BasicFileAttributes attributes) {
        String root = sourceRoot.toString();
        String text = file.toString();
        String name = text.startsWith(root + java.io.File.separator) ? text.substring(root.length() + 1)
            : sourceRoot.relativize(file).toString();
        name = name.replace('\\', '/');
        if (name.endsWith(".java")) {
            name = name.substring(0, name.length() - ".java".length());
        }
        return new JavaFile(file, displayPath, name.replace('/', '.'), attributes);
    }

    public Path path() {
        return path;
    }

    /** Path relative to the project base directory, '/' separated. */
    public String displayPath() {
        return displayPath;
    }

    /** The fully qualified name of the top-level class the file should hold, from its path. */
    public String className() {
        return className;
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
