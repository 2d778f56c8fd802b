package dev.keepalivelint.jvm;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * While open, asks HotSpot's optimising compiler (C2) to leave alone the classes of the scan's own libraries (this
 * engine, JavaParser, SnakeYAML): their methods are compiled by C1 only. A cold scan runs most of its code once, in a
 * JVM that has not compiled it yet, and C2 compiling JavaParser's generated parser cost more CPU than the parsing
 * itself (issue 11: about two thirds of a cold scan's CPU was JIT). It is a compiler directive (JEP 165), the one
 * {@code jcmd PID Compiler.directives_add} adds, given through the platform's DiagnosticCommand MBean and removed on
 * {@link #close}; other classes of the JVM (the JDK's, Maven's, other plugins') are compiled as before. A method
 * C1-compiled meanwhile stays so for the JVM's life, which costs a long-lived JVM (a Maven daemon) some speed on its
 * next scans, never a different result. Where the JVM has no such command (not HotSpot, no jdk.management module,
 * a security manager that refuses it), nothing is done and the scan is the same, only slower.
 */
public final class QuickCompilation implements AutoCloseable {
    /** Class name patterns, as compiler directives write them (package/Class.method). */
    private static final String DIRECTIVE = "[{match: [\"dev/keepalivelint/*.*\", \"com/github/javaparser/*.*\", "
        + "\"org/yaml/snakeyaml/*.*\"], c2: {Exclude: true}}]";
    private static final String[] ARRAY = {String[].class.getName()};

    /** Does nothing. */
    public static final QuickCompilation NONE = new QuickCompilation(null, null);

    private final MBeanServer server;
    private final ObjectName command;

    private QuickCompilation(MBeanServer server, ObjectName command) {
        this.server = server;
        this.command = command;
    }

    /** Adds the directive; {@link #NONE} where the JVM cannot take it. */
    public static QuickCompilation begin() {
        Path file = null;
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName command = new ObjectName("com.sun.management:type=DiagnosticCommand");
            if (!server.isRegistered(command)) {
                return NONE;
            }
            file = Files.createTempFile("keepalive-lint-directive", ".json");
            Files.write(file, DIRECTIVE.getBytes(StandardCharsets.US_ASCII));
            Object said = server.invoke(command, "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
                ARRAY);
            // "1 compiler directives added"; anything else (a parse error) added nothing to remove
            return String.valueOf(said).trim().startsWith("1 ") ? new QuickCompilation(server, command) : NONE;
        } catch (JMException | IOException | RuntimeException | LinkageError e) {
            return NONE;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException | RuntimeException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    /** Removes the directive (the newest one, which is this one unless someone added another meanwhile). */
    @Override
    public void close() {
        if (server == null) {
            return;
        }
        try {
            server.invoke(command, "compilerDirectivesRemove", new Object[] {new String[0]}, ARRAY);
        } catch (JMException | RuntimeException e) {
            // the directive stays: our classes keep being compiled by C1 only
        }
    }
}
