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

    public Globs(List<String> patterns) {
        for (String p : patterns) {
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
        java.nio.file.Path p = Paths.get(relativePath);
        for (PathMatcher m : matchers) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }
}
