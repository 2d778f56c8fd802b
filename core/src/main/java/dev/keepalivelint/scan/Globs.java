package dev.keepalivelint.scan;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Ant-style globs on '/'-separated paths relative to the project: {@code **}{@code /*.yml} matches
 * {@code application.yml} as well as {@code src/main/resources/application.yml}.
 */
public final class Globs {
    private final List<PathMatcher> matchers = new ArrayList<>();
    /** When every pattern ends with "*.ext": the extensions, checked before any regular expression runs. */
    private final List<String> suffixes = new ArrayList<>();
    private boolean suffixesOnly = true;

    public Globs(List<String> patterns) {
        for (String p : patterns) {
            int star = p.lastIndexOf("*.");
            String tail = star < 0 ? "" : p.substring(star + 1);
            if (star >= 0 && tail.indexOf('*') < 0 && tail.indexOf('?') < 0 && tail.indexOf('/') < 0
                && tail.indexOf('{') < 0 && tail.indexOf('[') < 0) {
                suffixes.add(tail);
            } else {
                suffixesOnly = false;
            }
            String glob = p.trim().replace('\\', '/');
            if (glob.isEmpty()) {
                continue;
            }
            if (glob.endsWith("/")) {
                glob = glob + "**";
            }
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            // "**/x" also matches "x" at the top, as in Ant and Maven.
            while (glob.startsWith("**/")) {
                glob = glob.substring(3);
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            }
        }
    }

    public boolean isEmpty() {
        return matchers.isEmpty();
    }

    /** True when any pattern matches the relative path. */
    public boolean matches(String relativePath) {
        // No patterns (the usual sourceExcludes): asked for every file of the walk, so no Path is built for nothing.
        if (matchers.isEmpty()) {
            return false;
        }
        if (suffixesOnly && !matchers.isEmpty() && suffixes.stream().noneMatch(relativePath::endsWith)) {
            return false;
        }
        java.nio.file.Path p = Paths.get(relativePath);
        for (PathMatcher m : matchers) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }
}
