package dev.keepalivelint.scan.java;

import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.rules.RuleBookLoader;
import dev.keepalivelint.scan.ScanResult;
import dev.keepalivelint.scan.SourceFinder;
import dev.keepalivelint.scan.TextFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Scans one fixture source root under src/test/resources/java with the shipped rules. */
final class JavaFixtures {
    private JavaFixtures() {
    }

    static Path root(String fixture) {
        return Paths.get("src/test/resources/java", fixture).toAbsolutePath();
    }

    static RuleBook shippedRules() {
        try {
            return RuleBookLoader.loadWith(List.of());
        } catch (Exception e) {
            throw new AssertionError("the shipped rules must load", e);
        }
    }

    static ScanResult scan(String fixture) {
        Path root = root(fixture);
        SourceFinder finder = new SourceFinder(root);
        List<JavaFile> files = new ArrayList<>();
        SourceFinder.Found found = finder.find(root, f -> f.toString().endsWith(".java"), d -> false);
        for (Path p : found.files()) {
            files.add(JavaFile.under(root, p, finder.display(p), found.attributes(p)));
        }
        TextFiles reader = new TextFiles(StandardCharsets.UTF_8, 8L << 20);
        return new JavaScanner(shippedRules(), reader, StandardCharsets.UTF_8, 2).scan(files);
    }

    /** The observation created on {@code line} of the file whose name ends with {@code file}. */
    static Observation at(ScanResult result, String file, int line) {
        for (Observation o : result.observations()) {
            if (o.location().path().endsWith(file) && o.location().line() == line) {
                return o;
            }
        }
        throw new AssertionError("no observation at " + file + ":" + line + " in " + result.observations());
    }

    static KeepaliveSetting setting(Observation o, SettingKind kind) {
        KeepaliveSetting s = o.last(kind);
        if (s == null) {
            throw new AssertionError("no " + kind.id() + " in " + o);
        }
        return s;
    }
}
