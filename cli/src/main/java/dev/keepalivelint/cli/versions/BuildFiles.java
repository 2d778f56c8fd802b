package dev.keepalivelint.cli.versions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The build files of a directory that say which library versions it uses, and what they say. */
public final class BuildFiles {
    private final List<Path> poms = new ArrayList<>();
    private final List<Path> catalogs = new ArrayList<>();
    private final List<Path> buildScripts = new ArrayList<>();
    private final List<Path> gradleProperties = new ArrayList<>();

    /** Sorts a file found in a walk into its kind; other files are ignored. */
    public void offer(Path file) {
        String name = String.valueOf(file.getFileName());
        Path parent = file.getParent();
        if (name.equals("pom.xml")) {
            poms.add(file);
        } else if (name.endsWith(".versions.toml") && parent != null
            && "gradle".equals(String.valueOf(parent.getFileName()))) {
            catalogs.add(file);
        } else if (name.equals("build.gradle") || name.equals("build.gradle.kts")) {
            buildScripts.add(file);
        } else if (name.equals("gradle.properties")) {
            gradleProperties.add(file);
        }
    }

    /** The files found, in path order. */
    public List<Path> files() {
        List<Path> all = new ArrayList<>(poms);
        all.addAll(catalogs);
        all.addAll(buildScripts);
        Collections.sort(all);
        return all;
    }

    /**
     * Reads the versions: POMs first, then version catalogs, then build scripts, each in path order.
     *
     * @param display a path as reported (relative to the base directory)
     */
    public DeclaredVersions read(Function<Path, String> display) {
        DeclaredVersions out = new DeclaredVersions();
        for (Path pom : sorted(poms)) {
            PomVersions.read(pom, out, display);
        }
        for (Path catalog : sorted(catalogs)) {
            GradleVersions.readCatalog(catalog, out, display);
        }
        Map<String, String> props = new LinkedHashMap<>();
        for (Path p : sorted(gradleProperties)) {
            GradleVersions.readProperties(p, props, out, display);
        }
        for (Path script : sorted(buildScripts)) {
            GradleVersions.readBuildScript(script, props, out, display);
        }
        return out;
    }

    private static List<Path> sorted(List<Path> files) {
        List<Path> out = new ArrayList<>(files);
        Collections.sort(out);
        return out;
    }
}
