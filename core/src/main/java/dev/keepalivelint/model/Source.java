package dev.keepalivelint.model;

import java.util.Objects;

/** Where a fact in the rules file comes from: project, file and version, with an optional note. */
public final class Source {
    private final String project;
    private final String file;
    private final String version;
    private final String note;

    public Source(String project, String file, String version, String note) {
        this.project = Objects.requireNonNull(project);
        this.file = Objects.requireNonNull(file);
        this.version = Objects.requireNonNull(version);
        this.note = note;
    }

    public String project() {
        return project;
    }

    public String file() {
        return file;
    }

    public String version() {
        return version;
    }

    public String note() {
        return note;
    }

    @Override
    public String toString() {
        return project + " @ " + version + " : " + file + (note == null ? "" : " (" + note + ")");
    }
}
