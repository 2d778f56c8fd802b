package dev.keepalivelint;

import dev.keepalivelint.cache.ResultCache;
import dev.keepalivelint.model.DeclaredServer;
import dev.keepalivelint.model.Sha256;
import dev.keepalivelint.rules.RuleBookLoader;
import dev.keepalivelint.scan.FileStamp;
import dev.keepalivelint.scan.SourceFinder;
import dev.keepalivelint.scan.config.ConfigScanner;
import dev.keepalivelint.scan.java.JavaFile;
import dev.keepalivelint.scan.project.ProjectFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole-result fast path: a run whose engine, rules (by content), options and input files (by stamp, or by
 * content when only the stamp moved) are those of the last run returns the last run's result without loading the
 * rules, reading a source or building the model. It costs the walk of the tree (stat only) and one small file.
 *
 * <p>Everything that can change a finding is in the identity or the inputs: the engine jar's content and version,
 * the shipped and user rules files' content, every option of the request except the thread count and the progress
 * listener (they change no finding) and the baseline (applied to the stored result on every run, so its file is
 * read as usual); the inputs are the Java and configuration files the walk found and the Chart.yaml files the
 * infrastructure scan looks for next to them, present or not. A walk that met a problem is never reused.
 */
final class UnchangedRun {
    private final LintRequest request;
    private final Path cacheDirectory;
    private final String identity;
    private final ProjectFiles files;
    private final long walkStartMillis;
    /** The Java files' content hashes as the scan read them, by display path (see JavaScanner#withContentHashes). */
    private final Map<String, String> javaHashes = new java.util.concurrent.ConcurrentHashMap<>();

    private UnchangedRun(LintRequest request, String identity, ProjectFiles files, long walkStartMillis) {
        this.request = request;
        this.cacheDirectory = request.cacheDirectory();
        this.identity = identity;
        this.files = files;
        this.walkStartMillis = walkStartMillis;
    }

    /** The run's identity and files (walked now), or null without a cache or when a rules file cannot be read. */
    static UnchangedRun of(LintRequest request) {
        if (request.cacheDirectory() == null) {
            return null;
        }
        String engine = engineIdentity(request.cacheDirectory());
        String identity = engine.isEmpty() ? null : identity(request, engine);
        if (identity == null) {
            return null;
        }
        long walkStart = System.currentTimeMillis();
        ProjectFiles files = ProjectFiles.find(Engine.scope(request), new SourceFinder(request.baseDir()));
        return new UnchangedRun(request, identity, files, walkStart);
    }

    /** The files the walk found, for the normal path when nothing is stored. */
    ProjectFiles files() {
        return files;
    }

    /** Where the normal path's Java scan puts the content hashes it has. */
    Map<String, String> javaHashes() {
        return javaHashes;
    }

    /** The stored result (before the baseline) when nothing changed, else null. */
    LintResult lookup(long startNanos) {
        if (!files.problems().isEmpty()) {
            return null;
        }
        List<ResultCache.Input> inputs = inputs();
        ResultCache.Stored s = inputs == null ? null : ResultCache.lookup(cacheDirectory, identity, inputs, walkStartMillis);
        if (s == null) {
            return null;
        }
        return new LintResult(s.findings(), s.suppressed(), s.rules(), s.notes(), s.rulesVersion(), s.filesScanned(), 0,
            Duration.ZERO).asReused(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** Stores the normal path's result (before the baseline) for the next run. */
    void store(LintResult result) {
        if (!files.problems().isEmpty()) {
            return;
        }
        List<ResultCache.Input> inputs = inputs();
        if (inputs == null) {
            return;
        }
        ResultCache.store(cacheDirectory, identity, inputs, walkStartMillis, new ResultCache.Stored(result.findings(),
            result.suppressed(), result.rules(), result.notes(), result.rulesVersion(), result.filesScanned()));
    }

    /**
     * The Java files, the configuration files and the Chart.yaml files looked for near them, in a stable order; null
     * when a file the walk found has no stamp (it cannot be read: the normal path says so).
     */
    private List<ResultCache.Input> inputs() {
        List<ResultCache.Input> out = new ArrayList<>(files.java().size() + files.config().size());
        for (JavaFile f : files.java()) {
            FileStamp stamp = f.stamp();
            if (stamp == null) {
                return null;
            }
            out.add(new ResultCache.Input("j " + f.displayPath(), f.path(), stamp, javaHashes.get(f.displayPath())));
        }
        Set<Path> charts = new LinkedHashSet<>();
        for (ConfigScanner.ConfigFile f : files.config()) {
            FileStamp stamp = f.stamp();
            if (stamp == null) {
                return null;
            }
            out.add(new ResultCache.Input("c " + f.displayPath(), f.path(), stamp, null));
            if (request.scanConfig()) {
                chartsNear(f.path(), charts);
            }
        }
        for (Path chart : charts) {
            out.add(new ResultCache.Input("h " + chart, chart, Files.isRegularFile(chart) ? FileStamp.of(chart) : null,
                null));
        }
        return out;
    }

    /**
     * The Chart.yaml files the infrastructure scan reads for a configuration file: in its directory and the one
     * above (a values file's chart), and next to a templates/ directory it lies in (a chart template).
     */
    private static void chartsNear(Path file, Set<Path> out) {
        Path dir = file.toAbsolutePath().getParent();
        for (int up = 0; up < 2 && dir != null; up++, dir = dir.getParent()) {
            out.add(dir.resolve("Chart.yaml"));
        }
        for (Path d = file.toAbsolutePath().getParent(); d != null && d.getParent() != null; d = d.getParent()) {
            if (d.getFileName().toString().equals("templates")) {
                out.add(d.getParent().resolve("Chart.yaml"));
                break;
            }
        }
    }

    /**
     * The engine jar's content hash ({@code Engine.BuildIdentity}), remembered in the cache directory by the jar's
     * path and stamp so that a run need not read and hash the jar: a jar replaced has a new stamp (a jar downloaded
     * again too, which is then hashed once more). A jar written just now is hashed, like any racy file. Run from a
     * classes directory, its stamps as {@code BuildIdentity} computes them. Empty when not known.
     */
    private static String engineIdentity(Path cacheDir) {
        Path jar = Engine.codeLocation();
        if (jar == null || !Files.isRegularFile(jar)) {
            return Engine.BuildIdentity.VALUE;
        }
        FileStamp stamp = FileStamp.of(jar);
        Path memo = cacheDir.resolve("engine-identity.txt");
        String key = jar + "\n" + stamp + "\n";
        try {
            if (Files.isRegularFile(memo)) {
                String text = Files.readString(memo, java.nio.charset.StandardCharsets.UTF_8);
                if (text.startsWith(key) && stamp != null
                    && stamp.modified() / 1_000_000L < System.currentTimeMillis() - 2000) {
                    return text.substring(key.length()).trim();
                }
            }
            String value = Engine.BuildIdentity.VALUE;
            if (!value.isEmpty() && stamp != null) {
                Files.createDirectories(cacheDir);
                Path tmp = Files.createTempFile(cacheDir, "engine-identity", ".tmp");
                Files.writeString(tmp, key + value + "\n", java.nio.charset.StandardCharsets.UTF_8);
                Files.move(tmp, memo, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return value;
        } catch (IOException | RuntimeException e) {
            return Engine.BuildIdentity.VALUE;
        }
    }

    /**
     * Everything of the run that is not an input file and can change a finding, hashed; null when a rules file
     * cannot be read (the normal path says why).
     */
    private static String identity(LintRequest r, String engine) {
        StringBuilder k = new StringBuilder();
        k.append(ToolInfo.version()).append('|').append(engine).append('|');
        try (InputStream in = Engine.class.getClassLoader().getResourceAsStream(RuleBookLoader.SHIPPED_RESOURCE)) {
            if (in == null) {
                return null;
            }
            k.append(Sha256.hex(in.readAllBytes()));
            for (Path f : r.rulesFiles()) {
                // Written just now, it may change again before the normal path loads it: no fast path this time.
                FileStamp stamp = FileStamp.of(f);
                if (stamp == null || stamp.modified() / 1_000_000L >= System.currentTimeMillis() - 2000) {
                    return null;
                }
                k.append("\nrules ").append(f.toAbsolutePath()).append(' ').append(Sha256.hex(Files.readAllBytes(f)));
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        k.append("\nbase ").append(r.baseDir());
        for (Path p : r.javaSourceRoots()) {
            k.append("\nroot ").append(p.toAbsolutePath().normalize());
        }
        for (Map.Entry<String, String> e : r.dependencyVersions().entrySet()) {
            k.append("\ndependency ").append(e.getKey()).append('=').append(e.getValue());
        }
        k.append("\nencoding ").append(r.sourceEncoding().name()).append("\nmax ").append(r.maxFileBytes())
            .append("\nconfig ").append(r.scanConfig())
            .append("\nincludes ").append(r.configIncludes()).append("\nexcludes ").append(r.configExcludes())
            .append("\nsource excludes ").append(r.sourceExcludes());
        for (Path p : r.excludedDirectories()) {
            k.append("\nexcluded ").append(p.toAbsolutePath().normalize());
        }
        for (DeclaredServer d : r.declaredServers()) {
            k.append("\nserver ").append(d.id()).append(' ').append(d.targets()).append(' ').append(d.implementation())
                .append(' ').append(d.version()).append(' ').append(d.permitKeepAliveTime()).append(' ')
                .append(d.permitKeepAliveWithoutCalls()).append(' ').append(d.isDefault()).append(' ')
                .append(d.declaredAt());
        }
        for (Map.Entry<String, String> e : r.severityOverrides().entrySet()) {
            k.append("\nseverity ").append(e.getKey()).append('=').append(e.getValue());
        }
        for (Map.Entry<String, List<String>> e : r.products().entrySet()) {
            k.append("\nproduct ").append(e.getKey()).append('=').append(e.getValue());
        }
        return Sha256.hex(k.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
