package dev.keepalivelint.link;

import dev.keepalivelint.model.Location;

/**
 * How near two places of a project are, from their paths: the same file, the same directory (package), the
 * same source root (src/main/java, src/test/java, ...), the same module (the directory holding src/), or not.
 */
final class Nearness {
    static final int SAME_FILE = 0;
    static final int SAME_PACKAGE = 1;
    static final int SAME_SOURCE_ROOT = 2;
    static final int SAME_MODULE = 3;
    static final int ELSEWHERE = 4;

    private Nearness() {
    }

    static int tier(Location a, Location b) {
        String pa = a.path();
        String pb = b.path();
        if (pa.equals(pb)) {
            return SAME_FILE;
        }
        if (directory(pa).equals(directory(pb))) {
            return SAME_PACKAGE;
        }
        String ra = sourceRoot(pa);
        if (ra != null && ra.equals(sourceRoot(pb))) {
            return SAME_SOURCE_ROOT;
        }
        String ma = module(pa);
        return ma != null && ma.equals(module(pb)) ? SAME_MODULE : ELSEWHERE;
    }

    static String describe(int tier) {
        switch (tier) {
            case SAME_FILE: return "in the same file";
            case SAME_PACKAGE: return "in the same package";
            case SAME_SOURCE_ROOT: return "in the same source root";
            case SAME_MODULE: return "in the same module";
            default: return "in another module";
        }
    }

    private static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** "mod/src/test/java" for "mod/src/test/java/a/B.java"; null when the path has no src/x/y/ root. */
    private static String sourceRoot(String path) {
        int src = srcIndex(path);
        if (src < 0) {
            return null;
        }
        int first = path.indexOf('/', src + 4);
        int second = first < 0 ? -1 : path.indexOf('/', first + 1);
        return second < 0 ? null : path.substring(0, second);
    }

    /** "mod" for "mod/src/main/java/a/B.java", "" for "src/main/java/a/B.java"; null without src/. */
    private static String module(String path) {
        int src = srcIndex(path);
        return src < 0 ? null : src == 0 ? "" : path.substring(0, src - 1);
    }

    private static int srcIndex(String path) {
        if (path.startsWith("src/")) {
            return 0;
        }
        int i = path.lastIndexOf("/src/");
        return i < 0 ? -1 : i + 1;
    }
}
