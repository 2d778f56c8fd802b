package dev.keepalivelint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keepalivelint.LintFixtures;
import dev.keepalivelint.LintResult;
import dev.keepalivelint.model.ClientBehaviour;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.ServerPolicy;
import dev.keepalivelint.report.SarifReport;
import dev.keepalivelint.rules.Library;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.rules.RuleBookLoader;
import dev.keepalivelint.rules.RulesFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One source per rule: each check's {@link RuleDescriptor} is what the README's rule table, the rule's page
 * docs/rules/&lt;id&gt;.md and the SARIF rules say, word for word, so none of them can drift from the others.
 */
class RuleDocumentationTest {
    /** The repository root: the tests run in core/. */
    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
    private static final List<String> PAGE_SECTIONS = List.of("## What it means", "## Example", "## Fix", "## Suppress");

    private static List<RuleDescriptor> descriptors() {
        return Checks.all().stream().map(Check::descriptor).collect(Collectors.toList());
    }

    private static String level(RuleDescriptor d) {
        return d.defaultSeverity().name().toLowerCase(Locale.ROOT);
    }

    @Test
    void descriptorsAreWellFormedAndDistinct() {
        Set<String> ids = new TreeSet<>();
        for (RuleDescriptor d : descriptors()) {
            assertTrue(d.id().matches("[a-z]+(-[a-z]+)*"), d.id());
            assertTrue(ids.add(d.id()), "two rules with id " + d.id());
            assertTrue(d.summary().endsWith(".") && !d.summary().contains("\n"), d.summary());
            assertTrue(d.help().length() > d.summary().length(), d.id() + ": help is no longer than the summary");
            assertEquals("docs/rules/" + d.id() + ".md", d.docsPath());
        }
        assertEquals(7, ids.size(), ids.toString());
    }

    /**
     * The help text goes into SARIF and stays the same whatever rules file is used, so it must not state what a
     * rules file decides: no number, and no library or server the rules name (the findings' messages render those).
     */
    @Test
    void helpTextsStateNoFactTheRulesFileOwns() throws RulesFileException {
        RuleBook rules = RuleBookLoader.loadWith(List.of());
        Set<String> names = new TreeSet<>();
        for (Library l : rules.libraries().values()) {
            names.add(l.id());
            names.add(l.name());
        }
        for (ServerPolicy p : rules.servers()) {
            names.add(p.library());
        }
        for (ClientBehaviour c : rules.clients()) {
            names.add(c.library());
        }
        assertTrue(names.contains("grpc-java") && names.contains("etcd"), names.toString());
        for (RuleDescriptor d : descriptors()) {
            for (String text : new String[] {d.summary(), d.help()}) {
                assertFalse(text.matches("(?s).*\\d.*"), d.id() + " states a number: " + text);
                for (String name : names) {
                    Pattern word = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])", Pattern.CASE_INSENSITIVE);
                    assertFalse(word.matcher(text).find(), d.id() + " names '" + name + "': " + text);
                }
            }
        }
    }

    @Test
    void everyRuleHasItsPageAndEveryPageARule() throws IOException {
        Path dir = ROOT.resolve("docs/rules");
        Set<String> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.map(p -> ROOT.relativize(p).toString().replace('\\', '/')).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = descriptors().stream().map(RuleDescriptor::docsPath).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, pages);
        for (RuleDescriptor d : descriptors()) {
            List<String> lines = Files.readAllLines(ROOT.resolve(d.docsPath()), StandardCharsets.UTF_8);
            assertEquals("# `" + d.id() + "`", lines.get(0), d.docsPath());
            assertTrue(lines.contains(d.summary()), d.docsPath() + " does not state the summary: " + d.summary());
            assertTrue(lines.contains("**Default severity:** " + level(d)), d.docsPath() + ": default severity");
            int previous = -1;
            for (String section : PAGE_SECTIONS) {
                int at = lines.indexOf(section);
                assertTrue(at > previous, d.docsPath() + ": '" + section + "' missing or out of order");
                previous = at;
            }
            String suppress = String.join("\n", lines.subList(previous, lines.size()));
            assertTrue(suppress.contains("keepalive-lint:ignore " + d.id()) || suppress.contains("<" + d.id() + ">off"),
                d.docsPath() + ": the Suppress section shows no way to suppress " + d.id());
        }
    }

    @Test
    void theReadmeRuleTableListsEveryRuleWithItsSummaryAndPage() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        // A row: anchor (the helpUri lands on it), link to the page, default severity, summary.
        Pattern row = Pattern.compile("^\\| <a id=\"([a-z-]+)\"></a>\\[`([a-z-]+)`\\]\\(([^)]+)\\) \\| (\\w+) \\| (.+) \\|$",
            Pattern.MULTILINE);
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = row.matcher(readme);
        while (m.find()) {
            assertEquals(m.group(1), m.group(2), "anchor and id differ: " + m.group());
            rows.put(m.group(1), m.group(3) + " | " + m.group(4) + " | " + m.group(5));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (RuleDescriptor d : descriptors()) {
            expected.put(d.id(), d.docsPath() + " | " + level(d) + " | " + d.summary());
        }
        assertEquals(expected, rows);
    }

    /** A published address for the docs, as a user would pass it (keepalive-lint.docsUrl). */
    private static final String DOCS = "https://docs.example.test/keepalive-lint/";

    @Test
    @SuppressWarnings("unchecked")
    void sarifRulesComeFromTheDescriptors() {
        // Through the engine: the descriptors the SARIF report sees are the ones the lint ran.
        LintResult result = LintFixtures.lint("etcd-defaults", "io.etcd:jetcd-core:0.8.6");
        Map<String, Object> sarif = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
            .load(SarifReport.render(result, LintFixtures.project("etcd-defaults"), DOCS));
        Map<String, Object> run = ((List<Map<String, Object>>) sarif.get("runs")).get(0);
        List<Map<String, Object>> rules = (List<Map<String, Object>>) ((Map<String, Object>)
            ((Map<String, Object>) run.get("tool")).get("driver")).get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add((String) r.get("id")));
        assertEquals(descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toList()), ids);
        for (int i = 0; i < rules.size(); i++) {
            RuleDescriptor d = descriptors().get(i);
            Map<String, Object> r = rules.get(i);
            assertEquals(d.summary(), ((Map<String, Object>) r.get("shortDescription")).get("text"));
            assertEquals(d.help(), ((Map<String, Object>) r.get("fullDescription")).get("text"));
            assertEquals(d.help(), ((Map<String, Object>) r.get("help")).get("text"));
            assertEquals(DOCS + d.docsPath(), r.get("helpUri"));
            assertEquals(level(d), ((Map<String, Object>) r.get("defaultConfiguration")).get("level"));
        }
    }
}
