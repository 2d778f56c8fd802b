package dev.keepalivelint;

import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.rules.RuleBook;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expectations written in the fixture, the way Error Prone's {@code // BUG: Diagnostic contains:} and Checkstyle's
 * {@code // violation} work: the runner lints a fixture project and compares the COMPLETE set of findings, as
 * (file, line, rule), with the markers in its files. A finding without a marker fails, a marker without a finding
 * fails, so a fixture without markers must yield no finding at all.
 *
 * <p>Markers, in any .java, .yml, .yaml or .properties file of the project:
 * <ul>
 *   <li>{@code // expect: <rule-id>} (Java) or {@code # expect: <rule-id>} (YAML, .properties): a finding of that
 *       rule on this line; {@code expect: <rule-id> "fragment" "another"} also requires every fragment in its
 *       message. Several markers on one line expect several findings.</li>
 *   <li>A line holding nothing but markers applies them to the next line of content, skipping blank and comment
 *       lines (a .properties value cannot carry a trailing comment; a suppression comment may stand between).</li>
 *   <li>{@code expect-file: <rule-id>}: a finding about the file as a whole (line 0).</li>
 *   <li>{@code suppressed: <rule-id>}: a finding an inline suppression takes out of the report; the suppressed
 *       findings are compared as a complete set too, so a suppression that hides too much fails.</li>
 *   <li>{@code seen: client} / {@code seen: server}: the scanners saw a client or server starting on this line.
 *       Not exhaustive: a positive control, so that a fixture expecting no finding proves the code was
 *       recognised rather than missed.</li>
 * </ul>
 * A project's {@code fixture.txt} (a properties file, not scanned by the linter) gives the dependencies it is linted
 * with: {@code dependencies = io.etcd:jetcd-core:0.8.6, ...}.
 */
public final class FixtureExpectations {
    private static final String ONE = "(?://|#)\\s*(expect|expect-file|suppressed|seen):\\s*([a-z][a-z-]*)((?:\\s+\"[^\"]*\")*)";
    private static final Pattern MARKER = Pattern.compile(ONE);
    private static final Pattern FRAGMENT = Pattern.compile("\"([^\"]*)\"");
    /** A line that is only markers (and comment characters). */
    private static final Pattern MARKERS_ONLY = Pattern.compile("^\\s*(?:" + ONE + "\\s*)+$");
    private static final Pattern NOT_CONTENT = Pattern.compile("^\\s*(?:(?://|#|!).*)?$");
    public static final String SETTINGS_FILE = "fixture.txt";

    /** One marker: what is expected where, and where the marker itself is written (for the failure message). */
    public static final class Marker {
        final String kind;
        final String path;
        final int line;
        final String value;
        final List<String> fragments;
        final String writtenAt;

        Marker(String kind, String path, int line, String value, List<String> fragments, String writtenAt) {
            this.kind = kind;
            this.path = path;
            this.line = line;
            this.value = value;
            this.fragments = List.copyOf(fragments);
            this.writtenAt = writtenAt;
        }

        String key() {
            return path + ":" + line + " " + value;
        }

        @Override
        public String toString() {
            return key() + fragments.stream().map(f -> " \"" + f + "\"").collect(Collectors.joining())
                + " (marker at " + writtenAt + ")";
        }
    }

    private final String name;
    private final Path base;
    private final List<Marker> markers;
    private final List<String> dependencies;

    private FixtureExpectations(String name, Path base, List<Marker> markers, List<String> dependencies) {
        this.name = name;
        this.base = base;
        this.markers = markers;
        this.dependencies = dependencies;
    }

    /** The fixture project {@code src/test/resources/projects/<name>}, with the dependencies of its fixture.txt. */
    public static FixtureExpectations project(String name) {
        Path base = LintFixtures.project(name);
        if (!Files.isDirectory(base)) {
            throw new IllegalArgumentException("no fixture project " + base);
        }
        return new FixtureExpectations(name, base, readMarkers(base), settings(base));
    }

    /** The same markers, linted with other dependencies (the markers must still hold). */
    public FixtureExpectations withDependencies(String... coordinates) {
        return new FixtureExpectations(name, base, markers, List.of(coordinates));
    }

    public List<Marker> markers() {
        return markers;
    }

    public List<String> dependencies() {
        return dependencies;
    }

    /** Lints the project and asserts the findings are exactly the markers; returns the result for more checks. */
    public LintResult assertComplete() {
        LintResult result = LintFixtures.lint(name, dependencies.toArray(new String[0]));
        List<Observation> seen = observe();
        List<String> problems = compare(result.findings(), result.suppressed(), seen);
        if (!problems.isEmpty()) {
            throw new AssertionError("fixture " + name + " " + dependencies + ":\n  " + String.join("\n  ", problems)
                + "\nall findings:\n  " + result.findings().stream().map(FixtureExpectations::describe)
                .collect(Collectors.joining("\n  "))
                + "\nif these findings are right, the markers are (comment marker at the end of the line, or on the line"
                + " above for .properties):\n  " + result.findings().stream()
                .map(f -> f.location().path() + ":" + f.location().line() + "  expect: " + f.ruleId())
                .collect(Collectors.joining("\n  ")));
        }
        return result;
    }

    private List<Observation> observe() {
        if (markers.stream().noneMatch(m -> m.kind.equals("seen"))) {
            return List.of();
        }
        try {
            LintRequest request = LintFixtures.request(name, dependencies.toArray(new String[0])).build();
            RuleBook rules = Engine.loadRules(request);
            return new Engine().observe(request, rules);
        } catch (LintException e) {
            throw new AssertionError(e.getMessage() + " " + e.details(), e);
        }
    }

    /**
     * What differs between the markers and these findings and observations, one line each; empty when they agree.
     * Public so the runner's own test can feed it a result a broken scanner would produce.
     */
    public List<String> compare(List<Finding> findings, List<Finding> suppressed, List<Observation> observations) {
        List<String> problems = new ArrayList<>();
        problems.addAll(compare(findings, m -> m.kind.startsWith("expect"), ""));
        problems.addAll(compare(suppressed, m -> m.kind.equals("suppressed"), "suppressed "));
        problems.addAll(notSeen(observations));
        return problems;
    }

    /** The findings against the markers {@code which} selects, as multisets of (file, line, rule). */
    private List<String> compare(List<Finding> findings, java.util.function.Predicate<Marker> which, String label) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Marker>> expected = new TreeMap<>();
        for (Marker m : markers) {
            if (which.test(m)) {
                expected.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, List<Finding>> actual = new TreeMap<>();
        for (Finding f : findings) {
            actual.computeIfAbsent(f.location().path() + ":" + f.location().line() + " " + f.ruleId(),
                k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Marker>> e : expected.entrySet()) {
            List<Finding> there = actual.getOrDefault(e.getKey(), List.of());
            for (int i = there.size(); i < e.getValue().size(); i++) {
                problems.add("missing " + label + "finding: " + e.getValue().get(i));
            }
            for (Marker m : e.getValue()) {
                if (!there.isEmpty() && there.stream().noneMatch(f -> m.fragments.stream().allMatch(f.fullMessage()::contains))) {
                    problems.add("message lacks a fragment of " + m + "; got: "
                        + there.stream().map(Finding::fullMessage).collect(Collectors.joining(" | ")));
                }
            }
        }
        for (Map.Entry<String, List<Finding>> e : actual.entrySet()) {
            int allowed = expected.getOrDefault(e.getKey(), List.of()).size();
            for (int i = allowed; i < e.getValue().size(); i++) {
                problems.add("unexpected " + label + "finding: " + describe(e.getValue().get(i)));
            }
        }
        return problems;
    }

    /** The seen: markers no observation matches. */
    private List<String> notSeen(List<Observation> observations) {
        List<String> problems = new ArrayList<>();
        for (Marker m : markers) {
            if (m.kind.equals("seen") && observations.stream().noneMatch(o -> o.location().path().equals(m.path)
                && o.location().line() == m.line && o.role().name().toLowerCase(Locale.ROOT).equals(m.value))) {
                problems.add("not seen: " + m + "; the scanners saw: " + observations.stream()
                    .map(o -> o.role() + " " + o.location()).collect(Collectors.joining(", ")));
            }
        }
        return problems;
    }

    /**
     * For a run the markers do not describe (other dependencies, under which nothing applies): no finding at all,
     * while every seen: marker still holds, so the clean result is not a blind one.
     */
    public LintResult assertNoFindingsButSeen() {
        if (markers.stream().noneMatch(m -> m.kind.equals("seen"))) {
            throw new IllegalStateException(name + " has no seen: marker; without one a blind scanner would pass");
        }
        LintResult result = LintFixtures.lint(name, dependencies.toArray(new String[0]));
        List<String> problems = new ArrayList<>();
        result.findings().forEach(f -> problems.add("unexpected finding: " + describe(f)));
        problems.addAll(notSeen(observe()));
        if (!problems.isEmpty()) {
            throw new AssertionError("fixture " + name + " " + dependencies + ":\n  " + String.join("\n  ", problems));
        }
        return result;
    }

    private static String describe(Finding f) {
        return f.location().path() + ":" + f.location().line() + " " + f.ruleId() + ": " + f.message();
    }

    private static List<String> settings(Path base) {
        Path file = base.resolve(SETTINGS_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        for (String d : p.getProperty("dependencies", "").split(",")) {
            if (!d.isBlank()) {
                out.add(d.trim());
            }
        }
        return Collections.unmodifiableList(out);
    }

    static List<Marker> readMarkers(Path base) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(base)) {
            files = walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".java") || n.endsWith(".yml") || n.endsWith(".yaml") || n.endsWith(".properties");
            }).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Marker> out = new ArrayList<>();
        for (Path file : files) {
            String path = base.relativize(file).toString().replace('\\', '/');
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                // Not UTF-8 (a fixture for decoding problems): such a file carries no markers.
                continue;
            }
            out.addAll(markersIn(path, lines));
        }
        return Collections.unmodifiableList(out);
    }

    static List<Marker> markersIn(String path, List<String> lines) {
        List<Marker> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            int target = i + 1;
            if (MARKERS_ONLY.matcher(lines.get(i)).matches()) {
                // the next line of content: not blank, not a comment (a suppression comment may stand between)
                target = i + 2;
                while (target <= lines.size() && NOT_CONTENT.matcher(lines.get(target - 1)).matches()) {
                    target++;
                }
            }
            while (m.find()) {
                String kind = m.group(1);
                String value = m.group(2);
                if (kind.equals("seen") && !value.equals("client") && !value.equals("server")) {
                    throw new IllegalArgumentException(path + ":" + (i + 1) + ": seen: takes client or server, not " + value);
                }
                List<String> fragments = new ArrayList<>();
                Matcher f = FRAGMENT.matcher(m.group(3));
                while (f.find()) {
                    fragments.add(f.group(1));
                }
                if (kind.equals("seen") && !fragments.isEmpty()) {
                    throw new IllegalArgumentException(path + ":" + (i + 1) + ": seen: takes no message fragment");
                }
                out.add(new Marker(kind, path, kind.equals("expect-file") ? 0 : target, value, fragments,
                    path + ":" + (i + 1)));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name + (dependencies.isEmpty() ? "" : " " + dependencies);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FixtureExpectations && ((FixtureExpectations) o).name.equals(name)
            && ((FixtureExpectations) o).dependencies.equals(dependencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dependencies);
    }
}
