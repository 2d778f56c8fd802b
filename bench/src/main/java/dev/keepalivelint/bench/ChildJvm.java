package dev.keepalivelint.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a fresh JVM that runs one scan ({@code Benchmark --single}): the benchmark's own JDK,
 * heap limit and class path, plus the options given with {@code --jvm-option} (e.g. {@code -XX:TieredStopAtLevel=1},
 * to see what a user's JVM settings do to the cold scan).
 */
final class ChildJvm {
    private static final List<String> OPTIONS = new ArrayList<>();

    private ChildJvm() {
    }

    static void addOption(String option) {
        OPTIONS.add(option);
    }

    /** The options given, as printed under the table; empty for none. */
    static String options() {
        return String.join(" ", OPTIONS);
    }

    static List<String> single(Path tree, Path cache) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m");
        command.addAll(OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Benchmark.class.getName());
        command.add("--single");
        command.add(tree.toString());
        command.add(cache.toString());
        return command;
    }
}
