package dev.keepalivelint.model;

import java.util.Objects;

/** A place in a project file: path relative to the project base directory ('/' separated), 1-based line and column (0 = unknown). */
public final class Location implements Comparable<Location> {
    private final String path;
    private final int line;
    private final int column;

    public Location(String path, int line, int column) {
        this.path = Objects.requireNonNull(path, "path");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
    }

    public static Location ofFile(String path) {
        return new Location(path, 0, 0);
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The file name without its directories, for short mentions in messages. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    @Override
    public int compareTo(Location o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Location)) {
            return false;
        }
        Location l = (Location) o;
        return path.equals(l.path) && line == l.line && column == l.column;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, line, column);
    }

    /** "path:line:column", leaving out what is unknown. */
    @Override
    public String toString() {
        if (line == 0) {
            return path;
        }
        return column == 0 ? path + ":" + line : path + ":" + line + ":" + column;
    }
}
