package dev.keepalivelint;

import dev.keepalivelint.cache.ResultCache;
import dev.keepalivelint.cache.ScanCache;
import dev.keepalivelint.check.Analysis;
import dev.keepalivelint.check.Check;
import dev.keepalivelint.check.Checks;
import dev.keepalivelint.jvm.QuickCompilation;
import dev.keepalivelint.link.ClientFolder;
import dev.keepalivelint.link.LibraryVersions;
import dev.keepalivelint.link.Linker;
import dev.keepalivelint.link.DeferredServers;
import dev.keepalivelint.link.ServerFolder;
import dev.keepalivelint.model.Client;
import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.RuleDescriptor;
import dev.keepalivelint.model.Server;
import dev.keepalivelint.model.Severity;
import dev.keepalivelint.model.Suppression;
import dev.keepalivelint.baseline.Baseline;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.rules.RuleBookLoader;
import dev.keepalivelint.rules.RulesFileException;
import dev.keepalivelint.scan.FileStamp;
import dev.keepalivelint.scan.ScanResult;
import dev.keepalivelint.scan.ScanScope;
import dev.keepalivelint.scan.SourceFinder;
import dev.keepalivelint.scan.TextFiles;
import dev.keepalivelint.scan.config.ConfigScanner;
import dev.keepalivelint.scan.config.ProductDetector;
import dev.keepalivelint.scan.infra.InfraScanner;
import dev.keepalivelint.scan.project.ProjectFiles;
import dev.keepalivelint.scan.java.JavaScanner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The linter: scan the project, fold what was seen into clients and servers, link each client to the server
 * policy it meets, run the checks. Knows nothing of Maven; an adapter builds the {@link LintRequest}.
 */
public final class Engine {

    /** Loads the shipped rules and the request's user rules files; a broken file is the user's to fix. */
    public static RuleBook loadRules(LintRequest request) throws LintException {
        try {
            return RuleBookLoader.loadWith(request.rulesFiles());
        } catch (RulesFileException e) {
            throw new LintException("the keepalive-lint rules cannot be used", e.problems());
        }
    }

    /**
     * Lints the request. With a cache directory, a run in which nothing changed since the last one (see
     * {@link UnchangedRun}) returns the stored result, marked {@link LintResult#reused()}, without loading the rules.
     */
    public LintResult lint(LintRequest request) throws LintException {
        long start = System.nanoTime();
        boolean cold = request.cacheDirectory() == null || !ResultCache.holdsAResult(request.cacheDirectory());
        try (QuickCompilation jit = cold && request.quickCompilation() ? QuickCompilation.begin() : QuickCompilation.NONE) {
            return lint(request, cold, start);
        }
    }

    private LintResult lint(LintRequest request, boolean cold, long start) throws LintException {
        // A cold run (nothing stored) needs the rules whatever the walk finds: they load while the tree is walked.
        RulesLoading rules = request.cacheDirectory() != null && cold
            ? RulesLoading.inBackground(request) : RulesLoading.onDemand(request);
        UnchangedRun unchanged = UnchangedRun.of(request);
        if (unchanged == null) {
            return lint(request, rules.get(), start);
        }
        LintResult stored = unchanged.lookup(start);
        if (stored != null) {
            return applyBaseline(request, stored);
        }
        LintResult result = lintBeforeBaseline(request, rules.get(), start, unchanged.files(),
            unchanged.javaHashes());
        unchanged.store(result);
        return applyBaseline(request, result);
    }

    /** Lints with rules already loaded (with {@link #loadRules}), for callers that lint many times. */
    public LintResult lint(LintRequest request, RuleBook rules) throws LintException {
        return lint(request, rules, System.nanoTime());
    }

    private LintResult lint(LintRequest request, RuleBook rules, long start) throws LintException {
        return applyBaseline(request, lintBeforeBaseline(request, rules, start, null, null));
    }

    /**
     * The result before any baseline; {@code walked} is the walk already done, or null to walk now; {@code javaHashes}
     * receives the Java files' content hashes (may be null).
     */
    private LintResult lintBeforeBaseline(LintRequest request, RuleBook rules, long start, ProjectFiles walked,
                                          Map<String, String> javaHashes) throws LintException {
        List<Check> checks = Checks.all();
        Map<String, Severity> severities = severities(request, checks);
        checkDeclarations(request, rules);
        LibraryVersions versions = new LibraryVersions(rules, request.dependencyVersions());
        ScanResult scan = scan(request, rules, versions, walked, javaHashes);

        Set<String> notes = new LinkedHashSet<>();
        ServerFolder serverFolder = new ServerFolder(rules, versions, notes::add);
        ClientFolder clientFolder = new ClientFolder(rules, versions, notes::add);
        List<Server> servers = new ArrayList<>();
        for (Observation o : scan.observations()) {
            Server s = o.role() == Role.SERVER ? serverFolder.fold(o) : null;
            if (s != null) {
                servers.add(s);
            }
        }
        servers.sort((a, b) -> a.location().compareTo(b.location()));
        List<DeclaredServer> declarations = new ArrayList<>(request.declaredServers());
        declarations.addAll(rules.declarations());
        Linker linker = new Linker(rules, servers, declarations, notes::add);
        List<Link> links = new ArrayList<>();
        for (Observation o : scan.observations()) {
            Client client = o.role() == Role.CLIENT ? clientFolder.fold(o) : null;
            if (client != null) {
                links.add(linker.link(client));
            }
        }

        notes.addAll(linker.unmatched(request.declaredServers()));
        notes.addAll(unknownSuppressedRules(scan.suppressions(), checks));

        Analysis analysis = new Analysis(scan.observations(), servers, links, scan.problems());
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            if (severities.containsKey(check.id()) && severities.get(check.id()) == null) {
                continue;
            }
            Severity s = severities.get(check.id());
            for (Finding f : check.run(analysis)) {
                findings.add(s == null ? f : f.withSeverity(s));
            }
        }
        List<Finding> reported = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (Finding f : onePerPlace(findings)) {
            (isSuppressed(f, scan.suppressions()) ? suppressed : reported).add(f);
        }
        return new LintResult(reported, suppressed, descriptors(checks), new ArrayList<>(notes),
            rules.rulesVersion(), scan.filesScanned(), scan.filesParsed(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Takes the findings the request's baseline accounts for out of the report, when the baseline file exists
     * (a missing file is no baseline yet, not an error); a file that is not a baseline is the user's to fix.
     */
    private static LintResult applyBaseline(LintRequest request, LintResult result) throws LintException {
        Path file = request.baselineFile();
        if (file == null || !java.nio.file.Files.isRegularFile(file)) {
            return result;
        }
        try {
            Baseline.Match match = Baseline.read(file).match(result.findings());
            return result.withBaseline(match.file(), match.remaining(), match.known());
        } catch (Baseline.BaselineException e) {
            throw new LintException("the baseline cannot be used", List.of(e.getMessage()));
        }
    }

    /**
     * What the scanners see in the request's files, before folding, linking and checking: for tests that prove
     * a clean result is not a blind one, and for tools that explain a result.
     */
    public List<Observation> observe(LintRequest request, RuleBook rules) {
        return scan(request, rules, new LibraryVersions(rules, request.dependencyVersions()), null, null).observations();
    }

    /** Reads the Java sources and configuration files, through the cache when there is one. */
    private static ScanResult scan(LintRequest request, RuleBook rules, LibraryVersions versions, ProjectFiles walked,
                                   Map<String, String> javaHashes) {
        TextFiles reader = new TextFiles(request.sourceEncoding(), request.maxFileBytes());
        SourceFinder finder = new SourceFinder(request.baseDir());
        ScanCache cache = request.cacheDirectory() == null ? null
            : ScanCache.load(request.cacheDirectory(), cacheIdentity(request, rules));
        ProjectFiles files = walked != null ? walked : ProjectFiles.find(scope(request), finder);
        JavaScanner.Pass java = new JavaScanner(rules, reader, request.sourceEncoding(), request.threads())
            .withProgress(request.progress()).withContentHashes(javaHashes).begin(files.java(), cache);
        ScanResult scan = java.result();
        if (request.scanConfig()) {
            scan = scan.plus(scanConfig(rules, reader, versions, files.config(), cache, request));
        }
        // Files that only build servers without a policy setting matter only if some client can meet one.
        if (java.deferredCount() > 0 && DeferredServers.mayBeMet(scan.observations())) {
            scan = scan.plus(java.scanDeferred());
        }
        if (cache != null) {
            cache.save();
        }
        return new ScanResult(List.of(), files.problems(), 0, 0).plus(scan);
    }

    /** What the scanner walks, in its own terms. */
    static ScanScope scope(LintRequest request) {
        return new ScanScope(request.baseDir(), request.javaSourceRoots(), request.configIncludes(),
            request.configExcludes(), request.excludedDirectories(), request.scanConfig())
            .withSourceExcludes(request.sourceExcludes());
    }

    private static List<RuleDescriptor> descriptors(List<Check> checks) {
        List<RuleDescriptor> out = new ArrayList<>();
        checks.forEach(c -> out.add(c.descriptor()));
        return out;
    }

    /** A declared server must name an implementation the rules know; a typo is the user's to fix. */
    private static void checkDeclarations(LintRequest request, RuleBook rules) throws LintException {
        Set<String> known = new java.util.TreeSet<>();
        rules.servers().forEach(p -> known.add(p.library()));
        List<String> problems = new ArrayList<>();
        for (DeclaredServer d : request.declaredServers()) {
            if (!known.contains(d.implementation())) {
                problems.add(d.declaredAt() + ": implementation '" + d.implementation() + "' is not known; known "
                    + "implementations: " + known + " (a rules file can define more)");
            }
        }
        if (!problems.isEmpty()) {
            throw new LintException("a declared server cannot be used", problems);
        }
    }

    /** Scans the configuration files, or takes the cached result when none of them changed. */
    private static ScanResult scanConfig(RuleBook rules, TextFiles reader, LibraryVersions versions,
                                         List<ConfigScanner.ConfigFile> files, ScanCache cache, LintRequest request) {
        ProductDetector products = new ProductDetector(rules.infra(), request.products());
        ConfigScanner scanner = new ConfigScanner(rules, reader, versions.inUse(), versions::of, products);
        if (cache == null) {
            return scanWithInfra(scanner, new InfraScanner(rules, reader, products), files);
        }
        StringBuilder key = new StringBuilder(new java.util.TreeSet<>(versions.inUse()).toString());
        for (String library : new java.util.TreeSet<>(versions.inUse())) {
            key.append(' ').append(library).append('=').append(versions.of(library));
        }
        key.append(request.products());
        for (ConfigScanner.ConfigFile f : files) {
            FileStamp stamp = f.stamp();
            key.append('\n').append(f.displayPath()).append(' ')
                .append(stamp == null ? "?" : stamp.toString());
        }
        ScanResult cached = cache.config(key.toString());
        String contentKey = null;
        if (cached == null) {
            // New stamps (a fresh checkout with a restored cache): the same content is as good.
            contentKey = configContentKey(files);
            cached = cache.configByContent(key.toString(), contentKey);
        }
        if (cached != null) {
            return new ScanResult(cached.observations(), cached.problems(), cached.suppressions(), files.size(), 0);
        }
        ScanResult result = scanWithInfra(scanner, new InfraScanner(rules, reader, products), files);
        cache.putConfig(key.toString(), contentKey, result);
        return result;
    }

    /** The configuration files' paths and content hashes; null when one cannot be read (then only stamps count). */
    private static String configContentKey(List<ConfigScanner.ConfigFile> files) {
        StringBuilder key = new StringBuilder();
        for (ConfigScanner.ConfigFile f : files) {
            try {
                key.append(f.displayPath()).append(' ')
                    .append(ScanCache.hash(java.nio.file.Files.readAllBytes(f.path()))).append('\n');
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
        return key.toString();
    }

    /**
     * Infrastructure files first (manifests, compose files, Helm values): what they hold is read as product
     * configuration in its own application, and the files they claim are left out of the plain scan.
     */
    private static ScanResult scanWithInfra(ConfigScanner scanner, InfraScanner infraScanner,
                                            List<ConfigScanner.ConfigFile> files) {
        InfraScanner.Result infra = infraScanner.scan(files);
        List<ConfigScanner.ConfigFile> rest = new ArrayList<>();
        for (ConfigScanner.ConfigFile f : files) {
            if (!infra.claimed().contains(f.displayPath())) {
                rest.add(f);
            }
        }
        ScanResult plain = scanner.scan(rest, infra.documents());
        ScanResult servers = new ScanResult(infra.observations(), infra.problems(), infra.suppressions(),
            files.size() - rest.size(), infra.parsed());
        return servers.plus(plain);
    }

    /**
     * What cached results are valid for: this plugin build (its version and, for snapshots, its jar's stamp),
     * the rules, and the options that change what a file yields.
     */
    private static String cacheIdentity(LintRequest request, RuleBook rules) {
        return dev.keepalivelint.ToolInfo.version() + "|" + BuildIdentity.VALUE + "|" + rules.fingerprint() + "|"
            + request.sourceEncoding().name() + "|" + request.maxFileBytes();
    }

    /** A suppression naming a rule that does not exist suppresses nothing; say so rather than leave the user guessing. */
    private static List<String> unknownSuppressedRules(List<Suppression> suppressions, List<Check> checks) {
        Set<String> ids = new java.util.TreeSet<>();
        checks.forEach(c -> ids.add(c.id()));
        List<String> out = new ArrayList<>();
        for (Suppression s : suppressions) {
            for (String rule : new java.util.TreeSet<>(s.rules())) {
                if (!ids.contains(rule)) {
                    out.add("warning: " + s.path() + ":" + s.fromLine() + ": the suppression names '" + rule
                        + "', which is not a rule, so it suppresses nothing; rules are " + ids);
                }
            }
        }
        return out;
    }

    /**
     * Where the engine's classes come from (its jar, or a classes directory), or null when not known. Outside
     * {@link BuildIdentity}, so that asking does not hash the jar.
     */
    static Path codeLocation() {
        try {
            return Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The engine jar's content hash (computed once per JVM): a rebuilt snapshot invalidates the cache, while the same
     * jar downloaded again by a fresh CI runner (new modification time) does not. Run from a classes directory, the
     * directory's stamps; empty when neither is known.
     */
    static final class BuildIdentity {
        static final String VALUE = compute();

        private static String compute() {
            try {
                Path jar = codeLocation();
                if (jar == null) {
                    return "";
                }
                if (java.nio.file.Files.isDirectory(jar)) {
                    return classesStamp(jar);
                }
                return java.nio.file.Files.isRegularFile(jar) ? ScanCache.hash(java.nio.file.Files.readAllBytes(jar)) : "";
            } catch (java.io.IOException | RuntimeException e) {
                return "";
            }
        }

        /** Run from a classes directory (tests, an IDE): its files' names and stamps, so a rebuild counts as new. */
        private static String classesStamp(Path dir) throws java.io.IOException {
            StringBuilder sb = new StringBuilder("classes ");
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
                files.filter(java.nio.file.Files::isRegularFile).sorted().forEach(f ->
                    sb.append(dir.relativize(f)).append(' ').append(FileStamp.of(f)).append('\n'));
            }
            return ScanCache.hash(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static boolean isSuppressed(Finding f, List<Suppression> suppressions) {
        for (Suppression s : suppressions) {
            if (s.covers(f)) {
                return true;
            }
        }
        return false;
    }

    /** The requested severity per rule id (a null value: the rule is off); a bad override is the user's to fix. */
    private static Map<String, Severity> severities(LintRequest request, List<Check> checks) throws LintException {
        Map<String, Severity> out = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new java.util.TreeSet<>();
        checks.forEach(c -> ids.add(c.id()));
        for (Map.Entry<String, String> e : request.severityOverrides().entrySet()) {
            String level = e.getValue() == null ? "" : e.getValue().trim();
            if (!ids.contains(e.getKey())) {
                problems.add("severity override for '" + e.getKey() + "': no such rule; rules are " + ids);
            } else if (level.equalsIgnoreCase("off")) {
                out.put(e.getKey(), null);
            } else if (Severity.parse(level) == null) {
                problems.add("severity override for '" + e.getKey() + "': '" + level
                    + "' must be error, warning, note or off");
            } else {
                out.put(e.getKey(), Severity.parse(level));
            }
        }
        if (!problems.isEmpty()) {
            throw new LintException("the severity overrides cannot be used", problems);
        }
        return out;
    }

    /**
     * One finding per rule and place: a setting shared by several clients (grpc.client.GLOBAL, a profile that
     * changes nothing) is reported once, by the first client that reaches it.
     */
    private static List<Finding> onePerPlace(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (seen.add(f.ruleId() + "@" + f.location())) {
                out.add(f);
            }
        }
        return out;
    }
}
