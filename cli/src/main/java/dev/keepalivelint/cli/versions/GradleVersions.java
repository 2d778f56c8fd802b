package dev.keepalivelint.cli.versions;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions from a Gradle build without running Gradle: a version catalog ({@code gradle/libs.versions.toml}),
 * and "group:artifact:version" string literals in {@code build.gradle} / {@code build.gradle.kts}, with
 * {@code $name} / {@code ${name}} taken from {@code gradle.properties}.
 */
final class GradleVersions {
    /** Files larger than this are not build files anyone writes by hand; they are skipped with a note. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final Pattern COORDINATE = Pattern.compile(
        "[\"']([A-Za-z0-9_.\\-]+):([A-Za-z0-9_.\\-]+):([A-Za-z0-9_.\\-+\\[\\](),${}]+)(?::[A-Za-z0-9_.\\-]+)?(?:@[A-Za-z0-9]+)?[\"']");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{?([A-Za-z0-9_.]+)}?");

    private GradleVersions() {
    }

    static void readCatalog(Path file, DeclaredVersions out, Function<Path, String> display) {
        String name = display.apply(file);
        String text = readText(file, out, name);
        if (text == null) {
            return;
        }
        try {
            VersionCatalog.read(text, name, out::note).forEach((artifact, v) -> out.declare(artifact, v, name));
        } catch (TomlReader.TomlException e) {
            out.note(name + ":" + e.line() + ": " + e.getMessage() + "; the versions in it are unknown");
        }
    }

    static void readBuildScript(Path file, Map<String, String> gradleProperties, DeclaredVersions out,
                                Function<Path, String> display) {
        String name = display.apply(file);
        String text = readText(file, out, name);
        if (text == null) {
            return;
        }
        Matcher m = COORDINATE.matcher(text);
        while (m.find()) {
            String artifact = m.group(1) + ":" + m.group(2);
            String version = VersionCatalog.plain(substitute(m.group(3), gradleProperties));
            if (version != null) {
                out.declare(artifact, version, name);
            } else {
                out.unknown(artifact, name);
            }
        }
    }

    /** {@code gradle.properties} as a map, for the $name references of build scripts; a bad file adds nothing. */
    static void readProperties(Path file, Map<String, String> into, DeclaredVersions out, Function<Path, String> display) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            out.note(display.apply(file) + ": cannot be read: " + e.getMessage());
            return;
        }
        for (String k : p.stringPropertyNames()) {
            into.putIfAbsent(k, p.getProperty(k).trim());
        }
    }

    private static String substitute(String version, Map<String, String> props) {
        if (version.indexOf('$') < 0) {
            return version;
        }
        Matcher m = PROPERTY.matcher(version);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = props.get(m.group(1));
            if (v == null) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String readText(Path file, DeclaredVersions out, String name) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                out.note(name + ": larger than " + (MAX_BYTES >> 20) + " MB; not read for versions");
                return null;
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.note(name + ": cannot be read: " + e.getMessage());
            return null;
        }
    }
}
