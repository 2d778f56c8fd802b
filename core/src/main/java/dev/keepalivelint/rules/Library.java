package dev.keepalivelint.rules;

import dev.keepalivelint.model.Source;
import java.util.List;

/** A piece of software the rules talk about: its artifacts (to read its version from dependencies) and, for client libraries, the server it meets by default. */
public final class Library {
    private final String id;
    private final String name;
    private final List<String> artifacts;
    private final String meets;
    private final Source source;

    public Library(String id, String name, List<String> artifacts, String meets, Source source) {
        this.id = id;
        this.name = name;
        this.artifacts = List.copyOf(artifacts);
        this.meets = meets;
        this.source = source;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** "groupId:artifactId" coordinates whose version is this library's version. */
    public List<String> artifacts() {
        return artifacts;
    }

    /** The server library a client of this library meets when nothing else is known; "default" or null for the default server. */
    public String meets() {
        return meets;
    }

    public Source source() {
        return source;
    }
}
