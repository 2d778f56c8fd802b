package dev.keepalivelint.scan.config;

import dev.keepalivelint.model.KeepaliveSetting;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.SettingKind;
import dev.keepalivelint.model.Spelling;
import dev.keepalivelint.model.Suppression;
import dev.keepalivelint.rules.ConfigBlock;
import dev.keepalivelint.rules.ConfigDialect;
import dev.keepalivelint.rules.ConfigKey;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.model.Diagnostic;
import dev.keepalivelint.scan.FileStamp;
import dev.keepalivelint.scan.ScanResult;
import dev.keepalivelint.scan.SuppressionComments;
import dev.keepalivelint.scan.TextFiles;
import dev.keepalivelint.scan.TokenFilter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans YAML and .properties files through the configuration dialects of the rules file. Files of one
 * application (application*.yml / .properties in one directory) are read together, so that profiles override
 * the defaults and placeholders resolve against the application's own keys; each profile's effective
 * settings become their own observations when the profile changes something.
 */
public final class ConfigScanner {
    /** What a Helm template action ({{ ... }}) in a templated string becomes before the YAML is parsed. */
    public static final String TEMPLATED = "__helm_template__";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    private final RuleBook rules;
    private final TextFiles reader;
    private final Set<String> librariesInUse;
    private final TokenFilter filter;
    private final ProductDetector products;
    private final java.util.function.Function<String, String> versionOf;
    /** Each dialect's compiled file globs (see {@link #fileMatchers}); dialects have identity equality. */
    private final Map<ConfigDialect, List<PathMatcher>> fileMatchers = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param librariesInUse ids of the libraries the project depends on; a dialect of a library in use wins
     *                       when two dialects spell a key the same way
     */
    public ConfigScanner(RuleBook rules, TextFiles reader, Set<String> librariesInUse) {
        this(rules, reader, librariesInUse, library -> null);
    }

    /**
     * @param versionOf the version of a library the project uses, or null; decides whether a key this version does
     *                  not have, or a value it cannot bind, is applied (rules: a config key's notApplied)
     */
    public ConfigScanner(RuleBook rules, TextFiles reader, Set<String> librariesInUse,
                         java.util.function.Function<String, String> versionOf) {
        this(rules, reader, librariesInUse, versionOf, new ProductDetector(rules.infra(), Map.of()));
    }

    /** @param products tells Cortex, Mimir and Loki files apart */
    public ConfigScanner(RuleBook rules, TextFiles reader, Set<String> librariesInUse,
                         java.util.function.Function<String, String> versionOf, ProductDetector products) {
        this.versionOf = versionOf;
        this.products = products;
        this.rules = rules;
        this.reader = reader;
        this.librariesInUse = librariesInUse;
        Set<String> tokens = new TreeSet<>();
        for (ConfigDialect d : rules.configDialects()) {
            tokens.addAll(d.triggers());
        }
        this.filter = new TokenFilter(tokens);
    }

    /** A configuration file to scan. */
    public static final class ConfigFile {
        private final Path path;
        private final String displayPath;
        /** Null when the walk did not say: {@link #stamp()} reads it then. */
        private final FileStamp stamp;

        public ConfigFile(Path path, String displayPath, java.nio.file.attribute.BasicFileAttributes attributes) {
            this.path = path;
            this.displayPath = displayPath;
            this.stamp = attributes == null ? null : FileStamp.of(attributes);
        }

        /** Size and modification time as the walk saw them, else as the file is now; null when it cannot be read. */
        public FileStamp stamp() {
            return stamp != null ? stamp : FileStamp.of(path);
        }

        public Path path() {
            return path;
        }

        public String displayPath() {
            return displayPath;
        }
    }

    public ScanResult scan(List<ConfigFile> files) {
        return scan(files, List.of());
    }

    /**
     * Scans the files, and documents other scanners found inside infrastructure files (a container's flags,
     * the configuration a Helm values file holds), each read in its own application.
     */
    public ScanResult scan(List<ConfigFile> files, List<ConfigDocument> extra) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Suppression> suppressions = new ArrayList<>();
        Map<String, List<ConfigDocument>> applications = new TreeMap<>();
        int parsed = 0;
        for (ConfigFile f : files) {
            TextFiles.Bytes bytes = reader.readBytes(f.path, f.displayPath);
            if (bytes.problem() != null) {
                problems.add(bytes.problem());
                continue;
            }
            TokenFilter.Verdict verdict = filter.scan(bytes.content());
            if (verdict == TokenFilter.Verdict.BINARY) {
                problems.add(new Diagnostic(Location.ofFile(f.displayPath), "binary content (a NUL byte), not a text file"));
                continue;
            }
            if (verdict == TokenFilter.Verdict.NO_MATCH) {
                continue;
            }
            parsed++;
            ConfigReader.Read read;
            try {
                read = ConfigReader.read(f.path, f.displayPath, bytes.content());
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new Diagnostic(Location.ofFile(f.displayPath), "could not be read: " + e));
                continue;
            }
            problems.addAll(read.problems);
            String text = new String(bytes.content(), java.nio.charset.StandardCharsets.ISO_8859_1);
            suppressions.addAll(SuppressionComments.inConfig(f.displayPath, text));
            for (ConfigDocument d : read.documents) {
                if (d.isYaml()) {
                    d = d.as(products.detect(f.displayPath, text, d.entries()), null, null);
                }
                applications.computeIfAbsent(applicationOf(f), k -> new ArrayList<>()).add(d);
            }
        }
        for (ConfigDocument d : extra) {
            applications.computeIfAbsent(d.application() != null ? d.application() : d.displayPath(),
                k -> new ArrayList<>()).add(d);
        }
        List<Observation> observations = new ArrayList<>();
        for (Map.Entry<String, List<ConfigDocument>> app : applications.entrySet()) {
            List<ConfigDocument> docs = app.getValue();
            if (docs.get(0).application() == null) docs.sort(Comparator.comparing((ConfigDocument d) -> d.isYaml() ? 0 : 1)
                .thenComparing(ConfigDocument::displayPath).thenComparingInt(ConfigDocument::index));
            // an infrastructure application keeps its order: the configuration file, then the flags over it
            new Application(app.getKey(), docs, observations, problems).scan();
        }
        return new ScanResult(observations, problems, suppressions, files.size(), parsed);
    }

    /**
     * Files named application* or bootstrap* in one directory form one application (Spring, Quarkus, Micronaut);
     * any other file is an application of its own.
     */
    private static String applicationOf(ConfigFile f) {
        String name = f.path.getFileName().toString();
        String dir = f.displayPath.contains("/") ? f.displayPath.substring(0, f.displayPath.lastIndexOf('/')) : "";
        if (name.startsWith("application") || name.startsWith("bootstrap")) {
            return dir + "/application";
        }
        return f.displayPath;
    }

    /**
     * The dialects in the order they claim keys: those of libraries the project uses first. A dialect whose keys
     * the project's version of its library no longer binds (rules: boundBy) is not in use: Spring gRPC 1.1.0
     * dropped its Boot autoconfiguration, so in a Spring Boot 4.1 project its spelling of a shared key
     * ({@code spring.grpc.server.port}) must not win over Spring Boot's.
     */
    private List<ConfigDialect> dialectsByPriority() {
        List<ConfigDialect> used = new ArrayList<>();
        List<ConfigDialect> rest = new ArrayList<>();
        for (ConfigDialect d : rules.configDialects()) {
            // with no dependency known (a bare directory) every dialect is read; with dependencies, one that requires
            // a library the project does not use is another framework's spelling, not this project's
            if (d.requires() != null && !librariesInUse.isEmpty() && !librariesInUse.contains(d.requires())) {
                continue;
            }
            boolean inUse = d.blocks().stream().anyMatch(b -> librariesInUse.contains(b.library()))
                && !unboundByVersion(d);
            (inUse ? used : rest).add(d);
        }
        used.addAll(rest);
        return used;
    }

    /** True when the project's version of the dialect's boundBy library is known and outside the range that binds it. */
    private boolean unboundByVersion(ConfigDialect d) {
        if (d.boundByLibrary() == null || d.boundByVersions() == null) {
            return false;
        }
        String version = versionOf.apply(d.boundByLibrary());
        if (version == null) {
            return false;
        }
        try {
            return !dev.keepalivelint.rules.VersionRange.parse(d.boundByVersions())
                .contains(dev.keepalivelint.rules.Version.parse(version));
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }

    /** One application's documents, scanned per profile. */
    private final class Application {
        private final String id;
        private final List<ConfigDocument> docs;
        private final List<Observation> out;
        private final List<Diagnostic> problems;
        /** Which dialect each entry belongs to, decided once for all profiles. */
        private final Map<ConfigEntry, ConfigDialect> owner = new IdentityHashMap<>();
        private final Map<ConfigEntry, ConfigDocument> docOf = new IdentityHashMap<>();
        /** Problems already reported, so a value read in several profiles is reported once. */
        private final Set<String> reported = new HashSet<>();
        /** Whether a dialect reads a document, per document: asked for every entry, profile and block. */
        private final Map<ConfigDocument, Map<ConfigDialect, Boolean>> applies = new IdentityHashMap<>();

        Application(String id, List<ConfigDocument> docs, List<Observation> out, List<Diagnostic> problems) {
            this.id = id;
            this.docs = docs;
            this.out = out;
            this.problems = problems;
        }

        void scan() {
            List<ConfigDialect> dialects = dialectsByPriority();
            Set<String> profiles = new TreeSet<>();
            for (ConfigDocument d : docs) {
                for (ConfigEntry e : d.entries()) {
                    docOf.put(e, d);
                    String p = profileOf(e);
                    if (p != null) {
                        profiles.add(p);
                    }
                    for (ConfigDialect dialect : dialects) {
                        if (applies(dialect, d) && claims(dialect, e)) {
                            owner.put(e, dialect);
                            break;
                        }
                    }
                }
            }
            List<String> contexts = new ArrayList<>();
            contexts.add(null);
            contexts.addAll(profiles);
            for (String context : contexts) {
                List<ConfigEntry> visible = visible(context);
                for (ConfigDialect dialect : dialects) {
                    for (ConfigBlock block : dialect.blocks()) {
                        scanBlock(dialect, block, visible, context);
                    }
                }
            }
        }

        private boolean applies(ConfigDialect dialect, ConfigDocument doc) {
            return applies.computeIfAbsent(doc, d -> new IdentityHashMap<>())
                .computeIfAbsent(dialect, d -> appliesTo(d, doc));
        }

        private String profileOf(ConfigEntry e) {
            return e.profile() != null ? e.profile() : docOf.get(e).profile();
        }

        /** Entries in effect for a profile: the defaults, then the profile's own (later ones win). */
        private List<ConfigEntry> visible(String context) {
            List<ConfigEntry> defaults = new ArrayList<>();
            List<ConfigEntry> specific = new ArrayList<>();
            for (ConfigDocument d : docs) {
                for (ConfigEntry e : d.entries()) {
                    String p = profileOf(e);
                    if (p == null) {
                        defaults.add(e);
                    } else if (p.equals(context)) {
                        specific.add(e);
                    }
                }
            }
            defaults.addAll(specific);
            return defaults;
        }

        private boolean claims(ConfigDialect dialect, ConfigEntry e) {
            for (ConfigBlock block : dialect.blocks()) {
                for (Match m : matches(dialect, block, e)) {
                    if (keyOf(dialect, block, m.rest) != null || matchesWhen(dialect, block, m.rest)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void scanBlock(ConfigDialect dialect, ConfigBlock block, List<ConfigEntry> visible, String context) {
            Map<String, Instance> instances = new LinkedHashMap<>();
            for (ConfigEntry e : visible) {
                if (!applies(dialect, docOf.get(e))) {
                    continue;
                }
                for (Match m : matches(dialect, block, e)) {
                    Instance inst = instances.computeIfAbsent(m.instance, k -> new Instance(m.instance));
                    inst.entries.add(e);
                    if (m.rest.isEmpty() && inst.blockEntry == null) {
                        inst.blockEntry = e;
                    }
                    ConfigKey key = keyOf(dialect, block, m.rest);
                    if (key != null && owner.get(e) == dialect) {
                        inst.keyed.add(new Keyed(key, e));
                    }
                    if (matchesWhen(dialect, block, m.rest)) {
                        inst.when.put(whenKey(dialect, block, m.rest), e.value());
                    }
                }
            }
            for (Instance inst : instances.values()) {
                if (!whenHolds(dialect, block, inst) || block.requiresKey() && inst.keyed.isEmpty()) {
                    continue;
                }
                Instance parent = block.inherit() == null || inst.path.equals(block.inherit()) ? null
                    : instances.get(block.inherit());
                boolean touchedByProfile = context == null || touchedBy(inst, context)
                    || parent != null && touchedBy(parent, context);
                if (!touchedByProfile) {
                    continue;
                }
                List<Keyed> keyed = new ArrayList<>();
                if (parent != null) {
                    keyed.addAll(parent.keyed);
                }
                keyed.addAll(inst.keyed);
                emit(dialect, block, inst, keyed, visible, context);
            }
        }

        private boolean touchedBy(Instance inst, String context) {
            for (ConfigEntry e : inst.entries) {
                if (context.equals(profileOf(e))) {
                    return true;
                }
            }
            return false;
        }

        private void emit(ConfigDialect dialect, ConfigBlock block, Instance inst, List<Keyed> keyed,
                          List<ConfigEntry> visible, String context) {
            List<KeepaliveSetting> settings = new ArrayList<>();
            Map<SettingKind, Spelling> spellings = new EnumMap<>(SettingKind.class);
            ConfigDocument firstDoc = docOf.get(inst.entries.get(0));
            boolean yaml = firstDoc.isYaml();
            String version = firstDoc.version();
            ConfigDocument flagDoc = null;
            for (ConfigEntry e : inst.entries) {
                if (!docOf.get(e).flags().isEmpty()) {
                    flagDoc = docOf.get(e);
                }
            }
            List<String> remarks = new ArrayList<>();
            Set<SettingKind> unsettable = EnumSet.noneOf(SettingKind.class);
            for (ConfigKey key : block.keys()) {
                if (key.ignored() != null || key.rejected() != null) {
                    continue;
                }
                if (!available(key, version)) {
                    if (key.otherwise() != null && !remarks.contains(key.otherwise())) {
                        remarks.add(key.otherwise());
                    }
                    continue;
                }
                // a fix writes only what the version in use applies: no key it does not have, and a plain number
                // where it binds nothing else (grpc-spring's long seconds before 2.3.0)
                ConfigKey.NotApplied.Values refused = refusedValues(block, key, version);
                if (refused == ConfigKey.NotApplied.Values.ANY) {
                    unsettable.add(key.setting());
                    continue;
                }
                Spelling.Syntax syntax = DurationSyntax.writtenAs(dialect.durations(), key.unit(),
                    refused == ConfigKey.NotApplied.Values.WITH_UNIT);
                String flag = flagDoc == null ? null : flagDoc.flags().get(inst.path + "." + key.key());
                String template = flag != null ? "-" + flag + "=%s"
                    : profilePrefix(keyed, key.setting()) + inst.path + "." + key.key() + (yaml ? ": %s" : "=%s");
                spellings.putIfAbsent(key.setting(), new Spelling(template, syntax));
            }
            unsettable.removeAll(spellings.keySet());
            if (block.note() != null) {
                remarks.add(block.note());
            }
            List<KeepaliveSetting> notApplied = new ArrayList<>();
            for (Keyed k : keyed) {
                String why = notAppliedWhy(block, k, version);
                if (why != null) {
                    notApplied.add(KeepaliveSetting.unresolved(k.key.setting(), k.entry.key() + (yaml ? ": " : "=")
                        + k.entry.value(), why, k.entry.location()));
                    continue;
                }
                if (k.key.rejected() != null) {
                    String where = k.entry.location().fileName() + ":" + k.entry.location().line();
                    remarks.add(0, k.entry.key() + " (" + where + ") is " + k.key.rejected());
                    String problem = k.entry.location() + k.key.rejected();
                    if (reported.add(problem)) {
                        problems.add(new Diagnostic(k.entry.location(), k.entry.key() + ": " + k.key.rejected()));
                    }
                    continue;
                }
                if (!available(k.key, version)) {
                    remarks.add(0, k.entry.key() + (yaml ? ": " : "=") + k.entry.value() + " ("
                        + k.entry.location().fileName() + ":" + k.entry.location().line() + ") has no effect in "
                        + dialect.name() + " " + version);
                    continue;
                }
                if (k.key.ignored() != null) {
                    remarks.add(k.entry.key() + (yaml ? ": " : "=") + k.entry.value() + " ("
                        + k.entry.location().fileName() + ":" + k.entry.location().line() + ") has no effect: "
                        + k.key.ignored());
                    continue;
                }
                KeepaliveSetting s = setting(dialect, k, visible);
                if (s != null) {
                    settings.add(s);
                }
            }
            KeepaliveSetting unenforced = notEnforced(dialect, block, inst);
            if (unenforced != null) {
                settings.add(unenforced);
            }
            ConfigEntry first = inst.blockEntry != null ? inst.blockEntry : inst.entries.get(0);
            Location at = first.location();
            for (ConfigKey key : block.keys()) {
                String value = block.defaults().get(key.key());
                if (value != null && settings.stream().noneMatch(x -> x.kind() == key.setting())) {
                    settings.add(0, KeepaliveSetting.resolved(key.setting(), convert(dialect, key, value),
                        key.key() + ": " + value + " (" + dialect.name() + " default)", at, dialect.name() + " default"));
                }
            }
            String group = id + (context == null ? "" : "#" + context);
            String description = inst.path.isEmpty() ? docOf.get(first).displayPath() : inst.path;
            if (flagDoc != null && !description.isEmpty()) {
                description = description + " (flags of " + flagDoc.displayPath() + ")";
            }
            // The image version is the version of the product's own libraries only (not of dskit's etcd client).
            dev.keepalivelint.rules.InfraRules.Product product = firstDoc.product() == null ? null
                : rules.infra().product(firstDoc.product());
            if (product != null && version != null && !product.libraries().contains(block.library())) {
                description = description + " (" + product.name() + " " + version + ")";
                version = null;
            }
            out.add(new Observation(block.role(), block.library(), description, at, settings, context, spellings, group,
                remarks, notApplied, version, unsettable));
            if (block.role() == Role.SERVER && block.companion() != null) {
                out.add(new Observation(Role.CLIENT, block.companion(), "used by the process of this " + description + " block", at,
                    List.of(), context, Map.of(), group, List.of(), version));
            }
        }

        /**
         * The setting "enforces nothing" when the block's notEnforcedWhen holds for this instance (etcd with https
         * client URLs and no separate gRPC listener), with what was written and why; null otherwise.
         */
        private KeepaliveSetting notEnforced(ConfigDialect dialect, ConfigBlock block, Instance inst) {
            ConfigBlock.NotEnforced ne = block.notEnforcedWhen();
            if (ne == null) {
                return null;
            }
            List<String> written = new ArrayList<>();
            ConfigEntry first = null;
            for (Map.Entry<String, String> m : new TreeMap<>(ne.matches()).entrySet()) {
                ConfigEntry e = entryAt(dialect, inst, m.getKey());
                if (e == null || e.value() == null || !globMatches(m.getValue(), e.value().trim())) {
                    return null;
                }
                written.add(e.key() + ": " + e.value());
                first = first == null ? e : first;
            }
            for (String key : ne.absent()) {
                if (entryAt(dialect, inst, key) != null) {
                    return null;
                }
            }
            if (first == null) {
                return null;
            }
            String text = String.join(", ", written) + (ne.absent().isEmpty() ? "" : " and no " + String.join(", ", ne.absent()));
            return KeepaliveSetting.resolved(SettingKind.ENFORCED, false, text, first.location(), ne.why());
        }

        /** The instance's entry for {@code key} (relative to the block; a list's first element counts), or null. */
        private ConfigEntry entryAt(ConfigDialect dialect, Instance inst, String key) {
            int prefix = inst.path.isEmpty() ? 0 : KeyPath.split(inst.path).size();
            List<String> wanted = KeyPath.split(key);
            for (ConfigEntry e : inst.entries) {
                List<String> rest = e.segments().subList(Math.min(prefix, e.segments().size()), e.segments().size());
                if (!rest.isEmpty() && rest.get(rest.size() - 1).equals("[0]")) {
                    rest = rest.subList(0, rest.size() - 1);
                }
                if (rest.size() != wanted.size()) {
                    continue;
                }
                boolean same = true;
                for (int i = 0; i < rest.size() && same; i++) {
                    same = norm(dialect, rest.get(i)).equals(norm(dialect, wanted.get(i)));
                }
                if (same) {
                    return e;
                }
            }
            return null;
        }

        /** Why the framework does not apply this written key (its version, its value's form), or null when it does. */
        private String notAppliedWhy(ConfigBlock block, Keyed k, String productVersion) {
            String raw = k.entry.value();
            if (raw == null) {
                return null;
            }
            boolean bare = raw.trim().matches("[+-]?\\d+");
            for (ConfigKey.NotApplied c : k.key.notApplied()) {
                if (c.values() == ConfigKey.NotApplied.Values.BARE_NUMBER && !bare
                    || c.values() == ConfigKey.NotApplied.Values.WITH_UNIT && bare) {
                    continue;
                }
                if (!holdsForVersion(block, c, productVersion)) {
                    continue;
                }
                if (c.versions() != null) {
                    String library = libraryOf(block, c);
                    return c.why() + " (" + library + " " + versionOf(block, c, productVersion) + ")"
                        + (c.fix() == null ? "" : ". " + c.fix());
                }
                return c.why() + (c.fix() == null ? "" : ". " + c.fix());
            }
            return null;
        }

        /**
         * Which written values of {@code key} the version in use does not apply: ANY (the key does not exist there),
         * WITH_UNIT (only a plain number binds), BARE_NUMBER (only a value with a unit does), or null (every value
         * the dialect reads). The first condition that holds decides, as for a written value.
         */
        private ConfigKey.NotApplied.Values refusedValues(ConfigBlock block, ConfigKey key, String productVersion) {
            for (ConfigKey.NotApplied c : key.notApplied()) {
                if (holdsForVersion(block, c, productVersion)) {
                    return c.values();
                }
            }
            return null;
        }

        /** The condition is about the version in use (or about every version); an unknown version is a current one. */
        private boolean holdsForVersion(ConfigBlock block, ConfigKey.NotApplied c, String productVersion) {
            if (c.versions() == null) {
                return true;
            }
            String version = versionOf(block, c, productVersion);
            // an unknown version is taken to be a current one, to which such conditions do not apply
            return version != null && dev.keepalivelint.rules.VersionRange.parse(c.versions())
                .contains(dev.keepalivelint.rules.Version.parse(version));
        }

        private String libraryOf(ConfigBlock block, ConfigKey.NotApplied c) {
            return c.library() != null ? c.library() : block.library();
        }

        /** The version the condition is about: the file's own (an image tag) for the block's library, else the project's. */
        private String versionOf(ConfigBlock block, ConfigKey.NotApplied c, String productVersion) {
            return productVersion != null && c.library() == null ? productVersion : versionOf.apply(libraryOf(block, c));
        }

        /**
         * "%prod." when the entry in effect for {@code kind} (the last one) is a Quarkus profile key, so the fix
         * edits the line that wins in that profile; "" otherwise.
         */
        private String profilePrefix(List<Keyed> keyed, SettingKind kind) {
            String prefix = "";
            for (Keyed k : keyed) {
                if (k.key.setting() == kind) {
                    prefix = k.entry.profile() == null ? "" : "%" + k.entry.profile() + ".";
                }
            }
            return prefix;
        }

        private KeepaliveSetting setting(ConfigDialect dialect, Keyed k, List<ConfigEntry> visible) {
            ConfigEntry e = k.entry;
            if (e.value() == null) {
                return null;
            }
            String flag = docOf.get(e).flags().get(e.key());
            String written = flag != null ? "-" + flag + "=" + e.value()
                : e.writtenKey() + (docOf.get(e).isYaml() ? ": " : "=") + e.value();
            String raw = e.value();
            if (raw.contains("{{") || raw.contains(TEMPLATED)) {
                return KeepaliveSetting.unresolved(k.key.setting(), written.replace(TEMPLATED, "{{ … }}"),
                    "a Helm template expression, known only when the chart is rendered", e.location());
            }
            String via = null;
            Matcher m = PLACEHOLDER.matcher(raw);
            if (m.find()) {
                Resolved r = resolve(raw, visible, 0);
                if (r.value == null) {
                    return KeepaliveSetting.unresolved(k.key.setting(), written, r.reason, e.location());
                }
                raw = r.value;
                via = r.via;
            }
            try {
                Object value = convert(dialect, k.key, raw);
                return KeepaliveSetting.resolved(k.key.setting(), value, written, e.location(), via);
            } catch (IllegalArgumentException ex) {
                String problem = e.location() + ex.getMessage();
                if (reported.add(problem)) {
                    problems.add(new Diagnostic(e.location(), e.key() + ": " + ex.getMessage()));
                }
                return null;
            }
        }

        private Object convert(ConfigDialect dialect, ConfigKey key, String raw) {
            switch (key.setting().valueType()) {
                case DURATION:
                    Duration d = DurationSyntax.parse(dialect.durations(), raw, key.unit());
                    if (d.isNegative()) {
                        throw new IllegalArgumentException("'" + raw + "' is negative");
                    }
                    return d;
                case BOOLEAN:
                    Boolean b = DurationSyntax.bool(raw);
                    if (b == null) {
                        throw new IllegalArgumentException("'" + raw + "' is not true or false");
                    }
                    return b;
                case NUMBER:
                    try {
                        return Long.parseLong(raw.trim());
                    } catch (NumberFormatException ex) {
                        throw new IllegalArgumentException("'" + raw + "' is not a number");
                    }
                default:
                    return raw.trim();
            }
        }

        /** Replaces ${name} and ${name:default} with the application's own values. */
        private Resolved resolve(String raw, List<ConfigEntry> visible, int depth) {
            if (depth > 10) {
                return new Resolved(null, null, "placeholders nest too deeply (or in a cycle) in '" + raw + "'");
            }
            Matcher m = PLACEHOLDER.matcher(raw);
            StringBuilder sb = new StringBuilder();
            List<String> vias = new ArrayList<>();
            int last = 0;
            while (m.find()) {
                sb.append(raw, last, m.start());
                String name = m.group(1).trim();
                ConfigEntry target = lookup(name, visible);
                String replacement;
                if (target != null && target.value() != null) {
                    Resolved inner = resolve(target.value(), visible, depth + 1);
                    if (inner.value == null) {
                        return inner;
                    }
                    replacement = inner.value;
                    vias.add("${" + name + "} = " + replacement + " (" + target.location().fileName() + ":"
                        + target.location().line() + ")");
                } else if (m.group(2) != null) {
                    replacement = m.group(2);
                    vias.add("default of ${" + name + "}");
                } else {
                    return new Resolved(null, null, "placeholder ${" + name + "} is not set in this application's "
                        + "configuration files (it may come from an environment variable or a system property)");
                }
                sb.append(replacement);
                last = m.end();
            }
            sb.append(raw.substring(last));
            return new Resolved(sb.toString(), String.join(", ", vias), null);
        }

        /** The last visible entry whose key equals {@code name} under relaxed binding (or as an env-style name). */
        private ConfigEntry lookup(String name, List<ConfigEntry> visible) {
            String wanted = relaxedKey(KeyPath.split(name));
            String envStyle = relaxedKey(KeyPath.split(name.replace('_', '.')));
            ConfigEntry found = null;
            for (ConfigEntry e : visible) {
                String k = relaxedKey(e.segments());
                if (k.equals(wanted) || k.equals(envStyle)) {
                    found = e;
                }
            }
            return found;
        }
    }

    private static String relaxedKey(List<String> segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            sb.append(KeyPath.relaxed(s)).append('.');
        }
        return sb.toString();
    }

    private static final class Resolved {
        final String value;
        final String via;
        final String reason;

        Resolved(String value, String via, String reason) {
            this.value = value;
            this.via = via == null || via.isEmpty() ? null : via;
            this.reason = reason;
        }
    }

    /** A block instance: grpc.client.inventory, ingester.lifecycler.ring.kvstore. */
    private static final class Instance {
        final String path;
        final List<ConfigEntry> entries = new ArrayList<>();
        final List<Keyed> keyed = new ArrayList<>();
        final Map<String, String> when = new LinkedHashMap<>();
        ConfigEntry blockEntry;

        Instance(String path) {
            this.path = path;
        }
    }

    private static final class Keyed {
        final ConfigKey key;
        final ConfigEntry entry;

        Keyed(ConfigKey key, ConfigEntry entry) {
            this.key = key;
            this.entry = entry;
        }
    }

    /** Where an entry falls in a block: the instance path and the key segments below it. */
    private static final class Match {
        final String instance;
        final List<String> rest;

        Match(String instance, List<String> rest) {
            this.instance = instance;
            this.rest = rest;
        }
    }

    /**
     * A product's dialect reads only that product's documents (a document nothing tells apart is read by the
     * default product's dialect, Cortex); other dialects read the files their globs name.
     */
    private boolean appliesTo(ConfigDialect dialect, ConfigDocument doc) {
        dev.keepalivelint.rules.InfraRules.Product product = rules.infra().productOfDialect(dialect.id());
        if (product != null && (doc.product() == null ? !product.isDefault() : !product.id().equals(doc.product()))) {
            return false;
        }
        if (product == null && doc.application() != null) {
            return false;
        }
        if (dialect.files().isEmpty()) {
            return true;
        }
        Path name = doc.file().getFileName();
        for (PathMatcher m : fileMatchers(dialect)) {
            if (m.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dialect's file globs, compiled once: compiling a glob (a regular expression) for every entry and dialect
     * was about a tenth of the CPU samples of the corpus scan.
     */
    private List<PathMatcher> fileMatchers(ConfigDialect dialect) {
        return fileMatchers.computeIfAbsent(dialect, d -> {
            List<PathMatcher> out = new ArrayList<>();
            for (String glob : d.files()) {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            }
            return out;
        });
    }

    private static String norm(ConfigDialect dialect, String segment) {
        return dialect.binding() == ConfigDialect.Binding.RELAXED ? KeyPath.relaxed(segment) : segment;
    }

    /** Every way the entry lies inside an instance of the block. */
    private static List<Match> matches(ConfigDialect dialect, ConfigBlock block, ConfigEntry e) {
        List<String> pattern = block.path().isEmpty() ? List.of() : KeyPath.split(block.path());
        boolean anywhere = !pattern.isEmpty() && pattern.get(0).equals("**");
        if (anywhere) {
            pattern = pattern.subList(1, pattern.size());
        }
        List<String> segs = e.segments();
        List<Match> out = new ArrayList<>();
        int lastStart = anywhere ? segs.size() - pattern.size() : 0;
        for (int start = 0; start <= lastStart; start++) {
            if (matchesAt(dialect, pattern, segs, start)) {
                int end = start + pattern.size();
                out.add(new Match(String.join(".", segs.subList(0, end)), segs.subList(end, segs.size())));
            }
        }
        return out;
    }

    private static boolean matchesAt(ConfigDialect dialect, List<String> pattern, List<String> segs, int start) {
        if (start + pattern.size() > segs.size()) {
            return false;
        }
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            String s = segs.get(start + i);
            if (p.equals("{name}")) {
                if (KeyPath.isIndex(s)) {
                    return false;
                }
            } else if (!norm(dialect, p).equals(norm(dialect, s))) {
                return false;
            }
        }
        return true;
    }

    /** The block key the remaining segments spell (a trailing list index is the list's element), or null. */
    private static ConfigKey keyOf(ConfigDialect dialect, ConfigBlock block, List<String> rest) {
        List<String> r = rest;
        if (!r.isEmpty() && KeyPath.isIndex(r.get(r.size() - 1))) {
            if (!r.get(r.size() - 1).equals("[0]")) {
                return null;
            }
            r = r.subList(0, r.size() - 1);
        }
        if (r.isEmpty()) {
            return null;
        }
        for (ConfigKey k : block.keys()) {
            List<String> ks = KeyPath.split(k.key());
            if (ks.size() != r.size()) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < ks.size() && same; i++) {
                same = norm(dialect, ks.get(i)).equals(norm(dialect, r.get(i)));
            }
            if (same) {
                return k;
            }
        }
        return null;
    }

    private static boolean matchesWhen(ConfigDialect dialect, ConfigBlock block, List<String> rest) {
        return whenKey(dialect, block, rest) != null;
    }

    private static String whenKey(ConfigDialect dialect, ConfigBlock block, List<String> rest) {
        Set<String> keys = new LinkedHashSet<>(block.when().keySet());
        block.orWhen().forEach(alt -> keys.addAll(alt.keySet()));
        keys.addAll(block.unless().keySet());
        for (String k : keys) {
            List<String> ks = KeyPath.split(k);
            if (ks.size() != rest.size()) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < ks.size() && same; i++) {
                same = norm(dialect, ks.get(i)).equals(norm(dialect, rest.get(i)));
            }
            if (same) {
                return k;
            }
        }
        return null;
    }

    /**
     * The block's condition, or one of its alternatives (store: multi with an etcd primary), holds, and its exclusion
     * (use-quarkus-grpc-client: true) does not.
     */
    private static boolean whenHolds(ConfigDialect dialect, ConfigBlock block, Instance inst) {
        if (!block.unless().isEmpty() && holds(block.unless(), inst)) {
            return false;
        }
        if (holds(block.when(), inst)) {
            return true;
        }
        for (Map<String, String> alt : block.orWhen()) {
            if (holds(alt, inst)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Map<String, String> condition, Instance inst) {
        for (Map.Entry<String, String> w : condition.entrySet()) {
            String actual = inst.when.get(w.getKey());
            if (actual == null || !actual.trim().equalsIgnoreCase(w.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A glob where * stands for any text, matched case-insensitively (URL schemes). */
    private static boolean globMatches(String glob, String value) {
        List<String> parts = new ArrayList<>();
        for (String part : glob.split("\\*", -1)) {
            parts.add(Pattern.quote(part));
        }
        return Pattern.compile(String.join(".*", parts), Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(value).matches();
    }

    /** False when the product version is known and the key does not exist in it. */
    private static boolean available(ConfigKey key, String version) {
        if (key.versions() == null || version == null) {
            return true;
        }
        dev.keepalivelint.rules.Version v = dev.keepalivelint.rules.Version.parse(version);
        return v == null || dev.keepalivelint.rules.VersionRange.parse(key.versions()).contains(v);
    }

    /** The set of dialect trigger tokens, for reporting. */
    public Set<String> tokens() {
        return new LinkedHashSet<>(filter.tokens());
    }
}
