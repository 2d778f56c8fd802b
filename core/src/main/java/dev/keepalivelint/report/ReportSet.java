package dev.keepalivelint.report;

import dev.keepalivelint.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report formats a user picked, each with its file name and renderer, so that every adapter (Maven goal,
 * command line) offers the same formats under the same ids and default file names.
 */
public final class ReportSet {

    /** Turns a result into a report's text; {@code baseDir} is what reported paths are relative to. */
    @FunctionalInterface
    interface Renderer {
        String render(LintResult result, Path baseDir);
    }

    /** A report format: its id (as users write it), the file it is written to by default, its renderer. */
    private static final class Format {
        private final String defaultFileName;
        private final Renderer renderer;

        Format(String defaultFileName, Renderer renderer) {
            this.defaultFileName = defaultFileName;
            this.renderer = renderer;
        }
    }

    private static final Map<String, Format> FORMATS = registry();

    private static Map<String, Format> registry() {
        Map<String, Format> m = new LinkedHashMap<>();
        m.put("sarif", new Format("keepalive-lint.sarif", SarifReport::render));
        m.put("checkstyle", new Format("keepalive-lint-checkstyle.xml", (r, base) -> CheckstyleReport.render(r)));
        m.put("gitlab", new Format("keepalive-lint-gitlab.json", (r, base) -> GitlabReport.render(r)));
        m.put("json", new Format("keepalive-lint.json", (r, base) -> JsonReport.render(r)));
        return Collections.unmodifiableMap(m);
    }

    private final Set<String> selected;

    private ReportSet(Set<String> selected) {
        this.selected = Collections.unmodifiableSet(selected);
    }

    /** Every format id, in the order reports are written: sarif, checkstyle, gitlab, json. */
    public static List<String> knownFormats() {
        return new ArrayList<>(FORMATS.keySet());
    }

    /**
     * The formats named by {@code entries}, each a format id or a comma list of them (case and blanks ignored,
     * repeats kept once, in the order given).
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static ReportSet parse(Collection<String> entries) {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : entries) {
            for (String f : entry.split(",")) {
                String format = f.trim().toLowerCase(Locale.ROOT);
                if (format.isEmpty()) {
                    continue;
                }
                if (!FORMATS.containsKey(format)) {
                    throw new IllegalArgumentException("unknown report format '" + f.trim() + "'; formats are "
                        + FORMATS.keySet());
                }
                out.add(format);
            }
        }
        return new ReportSet(out);
    }

    /** The chosen format ids, in the order given. */
    public Set<String> formats() {
        return selected;
    }

    public boolean contains(String format) {
        return selected.contains(format);
    }

    /** The file a format is written to by default: its default file name in {@code directory}. */
    public static Path defaultFile(String format, Path directory) {
        return directory.resolve(format(format).defaultFileName);
    }

    /** The report's text for {@code result}, with paths relative to {@code baseDir} where the format has any. */
    public static String render(String format, LintResult result, Path baseDir) {
        return format(format).renderer.render(result, baseDir);
    }

    /** Writes {@code content} as UTF-8, creating the parent directories. */
    public static void write(Path file, String content) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static Format format(String id) {
        Format f = FORMATS.get(id);
        if (f == null) {
            throw new IllegalArgumentException("unknown report format '" + id + "'; formats are " + FORMATS.keySet());
        }
        return f;
    }
}
