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
    private final String meetsOnLoopback;
    private final List<String> targetTypes;
    private final String meetsOverTls;

    public Library(String id, String name, List<String> artifacts, String meets, Source source) {
        this(id, name, artifacts, meets, source, null, List.of(), null);
    }

    /**
     * @param meetsOnLoopback the server a client meets when it connects to this machine (an emulator); may be null
     * @param targetTypes     options types of this library a plain channel may read its target from
     * @param meetsOverTls    the server a client that uses TLS meets when no server of the project is known; may be null
     */
    public Library(String id, String name, List<String> artifacts, String meets, Source source, String meetsOnLoopback,
                   List<String> targetTypes, String meetsOverTls) {
        this.meetsOnLoopback = meetsOnLoopback;
        this.meetsOverTls = meetsOverTls;
        this.targetTypes = List.copyOf(targetTypes);
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

    /**
     * The server library a client meets when it connects to a loopback address and no server of the project
     * listens there: "default" for emulators that are plain gRPC servers; null when the loopback changes nothing.
     */
    public String meetsOnLoopback() {
        return meetsOnLoopback;
    }

    /**
     * The server library a client that uses TLS (an https:// endpoint, or a builder method the rules mark as turning on
     * transport security) meets by its kind, when no declared or project server is paired: etcd serves client TLS on
     * its shared listener, where it enforces no keepalive policy. Null when TLS changes nothing.
     */
    public String meetsOverTls() {
        return meetsOverTls;
    }

    /**
     * Fully qualified names of this library's options types: a channel of another library (a plain grpc-java
     * channel) whose target is read from one of them ({@code forTarget(options.getTarget())}) is this library's own
     * channel and meets {@link #meets()}.
     */
    public List<String> targetTypes() {
        return targetTypes;
    }

    public Source source() {
        return source;
    }
}
