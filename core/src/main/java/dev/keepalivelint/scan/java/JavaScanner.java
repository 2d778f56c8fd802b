package dev.keepalivelint.scan.java;

import dev.keepalivelint.model.ClientBehaviour;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.Sha256;
import dev.keepalivelint.rules.JavaBuilderSpec;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.model.Suppression;
import dev.keepalivelint.model.Diagnostic;
import dev.keepalivelint.scan.FileStamp;
import dev.keepalivelint.scan.SuppressionComments;
import dev.keepalivelint.scan.ScanResult;
import dev.keepalivelint.scan.TextFiles;
import dev.keepalivelint.scan.TokenFilter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Scans Java sources for client and server builders. Each file is read once; only files containing a
 * trigger token (from the rules file) are parsed, in parallel; files holding constants that a builder
 * refers to are parsed on demand, once.
 */
public final class JavaScanner {
    private final RuleBook rules;
    private final TextFiles reader;
    private final Charset charset;
    private final int threads;
    private final TokenFilter filter;
    private final JavaSkeleton.Words words;
    private volatile dev.keepalivelint.scan.Progress progress = dev.keepalivelint.scan.Progress.NONE;
    /** Receives each file's content hash, by display path, where the scan has it; null for none. */
    private volatile Map<String, String> contentHashes;

    public JavaScanner(RuleBook rules, TextFiles reader, Charset charset, int threads) {
        this.rules = rules;
        this.reader = reader;
        this.charset = charset;
        this.threads = Math.max(1, threads);
        this.filter = new TokenFilter(immediateClauses(rules), deferredClauses(rules));
        this.words = new JavaSkeleton.Words(rules.javaBuilders());
    }

    /**
     * The clauses that make a file worth parsing at once: every clause of {@link #triggerClauses} except that a
     * server builder counts only with one of its policy setters. A server written without a policy setting has
     * its implementation's default policy, and it changes a verdict only when a client meets it, which needs a
     * client whose target has a port ({@code Linker}: same port on a loopback or the same host); see
     * {@link #deferredClauses}.
     */
    static List<List<Set<String>>> immediateClauses(RuleBook rules) {
        List<List<Set<String>>> out = new ArrayList<>();
        List<List<Set<String>>> all = triggerClauses(rules);
        for (int i = 0; i < all.size(); i++) {
            JavaBuilderSpec spec = rules.javaBuilders().get(i);
            if (spec.role() != Role.SERVER) {
                out.add(all.get(i));
                continue;
            }
            out.add(List.of(all.get(i).get(0), setterWords(spec)));
        }
        return out;
    }

    /** Server builders with or without policy setters: parsed only when a client could meet a project server. */
    static List<List<Set<String>>> deferredClauses(RuleBook rules) {
        List<List<Set<String>>> out = new ArrayList<>();
        List<List<Set<String>>> all = triggerClauses(rules);
        for (int i = 0; i < all.size(); i++) {
            if (rules.javaBuilders().get(i).role() == Role.SERVER) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    private static Set<String> setterWords(JavaBuilderSpec spec) {
        Set<String> words = new TreeSet<>();
        for (JavaBuilderSpec.Setter s : spec.setters().values()) {
            if (s.setting().isKeepalive()) {
                words.add(s.method());
            }
        }
        return words;
    }

    /**
     * When a file is worth parsing, all from the rules file: per builder, the file names one of its packages
     * (no builder is recognised without its import or its qualified name, so a file that never says io.grpc
     * holds no gRPC builder) and one of its words: the names of keepalive setters (any builder configured for
     * keepalive says one), the builder names of servers (a server without keepalive calls still decides the
     * policy its clients meet), and the factories and types of client libraries that ping by default (such a
     * client matters even when the code sets nothing; a word as generic as "builder" is fine next to a package as
     * rare as io.etcd.jetcd). Generic words alone would make the pre-filter useless, so a
     * factory like Grpc.newServerBuilderForPort contributes its method name, not "Grpc", which every generated
     * *Grpc.java stub says.
     */
    static List<List<Set<String>>> triggerClauses(RuleBook rules) {
        List<List<Set<String>>> clauses = new ArrayList<>();
        for (JavaBuilderSpec spec : rules.javaBuilders()) {
            Set<String> packages = new TreeSet<>();
            Set<String> words = new TreeSet<>();
            for (JavaBuilderSpec.Setter s : spec.setters().values()) {
                if (s.setting().isKeepalive()) {
                    words.add(s.method());
                }
            }
            boolean pingsByDefault = spec.role() == Role.CLIENT && pingsByDefault(rules, spec.library());
            for (JavaBuilderSpec.Factory f : spec.factories()) {
                packages.add(f.packageName());
                if (spec.role() == Role.SERVER) {
                    words.add(f.method().startsWith("for") ? f.simpleClassName() : f.method());
                } else if (pingsByDefault) {
                    // The method alone: Client.builder() may be split over lines or statically imported.
                    words.add(f.method());
                }
            }
            for (String t : spec.types()) {
                int dot = t.lastIndexOf('.');
                packages.add(dot < 0 ? "" : t.substring(0, dot));
                if (spec.role() == Role.SERVER || pingsByDefault) {
                    words.add(t.substring(dot + 1));
                }
            }
            packages.remove("");
            clauses.add(List.of(packages, words));
        }
        return clauses;
    }

    private static boolean pingsByDefault(RuleBook rules, String library) {
        for (ClientBehaviour c : rules.clients()) {
            if (c.library().equals(library) && c.defaultKeepAliveTime() != null) {
                return true;
            }
        }
        return false;
    }

    /** Reports files done to {@code p} while scanning. */
    public JavaScanner withProgress(dev.keepalivelint.scan.Progress p) {
        this.progress = p == null ? dev.keepalivelint.scan.Progress.NONE : p;
        return this;
    }

    /**
     * Tells {@code sink} (thread-safe) the content hash of every file the scan reads or finds in the cache by its
     * stamp, by display path: the hash of the content the scan saw, so that whoever records the run's inputs need
     * not read the files again.
     */
    public JavaScanner withContentHashes(Map<String, String> sink) {
        this.contentHashes = sink;
        return this;
    }

    public Set<String> tokens() {
        return filter.tokens();
    }

    /** Scans the files; never throws for a bad file (it becomes an {@link Diagnostic}). */
    public ScanResult scan(List<JavaFile> files) {
        return scan(files, null);
    }

    /**
     * Scans every file that passes the pre-filter, the deferred ones included, reusing and updating {@code cache}
     * (may be null): a file whose content and whose constants' files are unchanged is not read again.
     */
    public ScanResult scan(List<JavaFile> files, JavaResultStore cache) {
        Pass pass = begin(files, cache);
        return pass.result().plus(pass.scanDeferred());
    }

    /**
     * Scans the files that can change a verdict by themselves; the files whose only trigger is a server builder
     * without a policy setting are set aside (see {@link #deferredClauses}) until the caller, who knows every
     * client (Java and configuration), says whether a client could meet a project server ({@link Pass#scanDeferred}).
     */
    public Pass begin(List<JavaFile> files, JavaResultStore cache) {
        return new Pass(files, cache);
    }

    /** One scan of a project's Java files: the first pass's result, and the deferred files to scan on demand. */
    public final class Pass {
        private final JavaSources sources;
        private final BuilderExtractor extractor;
        private final JavaResultStore cache;
        private final Freshness freshness;
        private final ScanResult result;
        private final List<JavaFile> deferred = java.util.Collections.synchronizedList(new ArrayList<>());

        private Pass(List<JavaFile> files, JavaResultStore cache) {
            this.cache = cache;
            this.sources = new JavaSources(files, reader, words);
            ValueResolver resolver = new ValueResolver(sources, new BuilderTypes(rules.javaBuilders()));
            this.extractor = new BuilderExtractor(rules.javaBuilders(), resolver, sources);
            Map<String, JavaFile> byPath = new HashMap<>();
            for (JavaFile f : files) {
                byPath.put(f.displayPath(), f);
            }
            this.freshness = new Freshness(byPath, sources);
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            dev.keepalivelint.scan.Progress p = progress;
            int total = files.size();
            List<ScanResult> perFile = runParallel(files, file -> {
                ScanResult r = scanFile(file, sources, extractor, cache, freshness, deferred);
                p.filesDone(done.incrementAndGet(), total);
                return r;
            });
            if (cache != null) {
                cache.retainJava(byPath.keySet());
            }
            ScanResult r = merge(perFile);
            this.result = new ScanResult(r.observations(), r.problems(), r.suppressions(), files.size(),
                sources.parsedCount());
        }

        public ScanResult result() {
            return result;
        }

        /** How many files were set aside. */
        public int deferredCount() {
            return deferred.size();
        }

        /** Parses the deferred files (in the project's order) and returns what they hold; files scanned: 0. */
        public ScanResult scanDeferred() {
            List<JavaFile> files;
            synchronized (deferred) {
                files = new ArrayList<>(deferred);
                deferred.clear();
            }
            if (files.isEmpty()) {
                return ScanResult.empty();
            }
            files.sort(java.util.Comparator.comparing(JavaFile::displayPath));
            int before = sources.parsedCount();
            ScanResult r = merge(runParallel(files, file -> scanFile(file, sources, extractor, cache, freshness, null)));
            return new ScanResult(r.observations(), r.problems(), r.suppressions(), 0, sources.parsedCount() - before);
        }
    }

    private static ScanResult merge(List<ScanResult> perFile) {
        List<Observation> observations = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        List<Suppression> suppressions = new ArrayList<>();
        for (ScanResult r : perFile) {
            observations.addAll(r.observations());
            problems.addAll(r.problems());
            suppressions.addAll(r.suppressions());
        }
        return new ScanResult(observations, problems, suppressions, 0, 0);
    }

    /**
     * Scans one file. {@code deferred} receives the files whose only trigger is deferred (see {@link #deferredClauses})
     * instead of parsing them; null parses them now.
     */
    private ScanResult scanFile(JavaFile file, JavaSources sources, BuilderExtractor extractor, JavaResultStore cache,
                                Freshness freshness, List<JavaFile> deferred) {
        String path = file.displayPath();
        FileStamp stamp = cache == null ? null : file.stamp();
        JavaResultStore.JavaEntry cached = cache == null ? null : cache.java(path);
        if (cached != null && cached.stamp().equals(stamp) && cached.isDeferred() && deferred != null) {
            deferred.add(file);
            return ScanResult.empty();
        }
        Map<String, String> hashes = contentHashes;
        if (cached != null && cached.stamp().equals(stamp) && !cached.isDeferred() && freshness.isFresh(cached)) {
            if (hashes != null && cached.hash() != null) {
                hashes.put(path, cached.hash());
            }
            return cached.result();
        }
        TextFiles.Bytes bytes = reader.readBytes(file.path(), path);
        if (bytes.problem() != null) {
            return new ScanResult(List.of(), List.of(bytes.problem()), 0, 0);
        }
        String hash = null;
        if (cached != null && cached.hash() != null || hashes != null) {
            hash = Sha256.hex(bytes.content());
            if (hashes != null) {
                hashes.put(path, hash);
            }
        }
        if (cached != null && cached.hash() != null) {
            if (hash.equals(cached.hash()) && freshness.isFresh(cached)) {
                cache.putJava(path, cached.restamped(stamp));
                return cached.result();
            }
        }
        TokenFilter.Verdict verdict = filter.scan(bytes.content());
        if (verdict == TokenFilter.Verdict.BINARY || isBlank(bytes.content())) {
            // A binary .java file is not a source file, whether or not it holds a token. An empty (or blank) one
            // is a valid compilation unit that javac accepts (placeholders, generated stubs): nothing to say.
            List<Diagnostic> problems = verdict == TokenFilter.Verdict.BINARY
                ? List.of(new Diagnostic(new dev.keepalivelint.model.Location(path,
                    TextFiles.lineAt(bytes.content(), Math.max(0, TokenFilter.indexOfNul(bytes.content()))), 0),
                    "binary content (a NUL byte), not a Java source file"))
                : List.of();
            ScanResult r = new ScanResult(List.of(), problems, 0, 0);
            if (cache != null && stamp != null) {
                cache.putJava(path, new JavaResultStore.JavaEntry(stamp, Sha256.hex(bytes.content()), r, Map.of(), Set.of()));
            }
            return r;
        }
        if (verdict == TokenFilter.Verdict.DEFERRED && deferred != null) {
            if (cache != null && stamp != null) {
                cache.putJava(path, JavaResultStore.JavaEntry.deferred(stamp));
            }
            deferred.add(file);
            return ScanResult.empty();
        }
        if (verdict == TokenFilter.Verdict.NO_MATCH) {
            if (cache != null && stamp != null) {
                cache.putJava(path, new JavaResultStore.JavaEntry(stamp, null, ScanResult.empty(), Map.of(), Set.of()));
            }
            return ScanResult.empty();
        }
        if (hash == null) {
            hash = Sha256.hex(bytes.content());
        }
        sources.startRecording();
        ScanResult result;
        JavaSources.Reads reads;
        try {
            result = analyse(file, bytes.content(), hash, sources, extractor);
        } finally {
            reads = sources.stopRecording();
            sources.doneWith(file);
        }
        if (cache != null && stamp != null) {
            cache.putJava(path, new JavaResultStore.JavaEntry(stamp, hash, result, dependencies(reads, path, freshness),
                reads.missingClasses));
        }
        return result;
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }


    /** The other files whose constants the extraction read, as they are now. */
    private static Map<String, JavaResultStore.Dependency> dependencies(JavaSources.Reads reads, String self,
                                                                  Freshness freshness) {
        Map<String, JavaResultStore.Dependency> deps = new HashMap<>();
        for (Map.Entry<String, ParsedFile> e : reads.files.entrySet()) {
            JavaFile dep = freshness.byPath.get(e.getKey());
            FileStamp stamp = dep == null ? null : FileStamp.of(dep.path());
            if (!e.getKey().equals(self) && stamp != null && e.getValue().hash() != null) {
                deps.put(e.getKey(), new JavaResultStore.Dependency(stamp, e.getValue().hash()));
            }
        }
        return deps;
    }

    /** Parses one file that passed the pre-filter and extracts its builders and suppressions. */
    private ScanResult analyse(JavaFile file, byte[] content, String hash, JavaSources sources,
                               BuilderExtractor extractor) {
        TextFiles.Text text = TextFiles.decode(content, file.displayPath(), charset);
        if (text.problem() != null) {
            return new ScanResult(List.of(), List.of(text.problem()), 0, 0);
        }
        JavaSkeleton skeleton = sources.skeleton(text.content());
        if (!skeleton.mayHoldBuilders()) {
            // The pre-filter's tokens are only in comments, strings or longer names: no builder to extract.
            return ScanResult.empty();
        }
        List<Suppression> suppressions = new ArrayList<>(SuppressionComments.inJava(file.displayPath(), text.content()));
        ParsedFile parsed = sources.parse(file, skeleton, hash);
        if (parsed.unit() == null) {
            return new ScanResult(List.of(), List.of(parsed.problem()), suppressions, 0, 0);
        }
        List<Observation> observations;
        try {
            observations = extractor.extract(parsed.unit());
        } catch (RuntimeException | StackOverflowError e) {
            // A construct the extractor does not expect must not cost the findings of other files.
            return new ScanResult(List.of(), List.of(new Diagnostic(
                dev.keepalivelint.model.Location.ofFile(file.displayPath()),
                "could not be analysed: " + e)), suppressions, 0, 0);
        }
        suppressions.addAll(SuppressionAnnotations.in(parsed.unit(), file.displayPath()));
        return new ScanResult(observations, List.of(), suppressions, 0, 0);
    }

    /**
     * Whether a cached entry still holds: the files whose constants it used are unchanged (by stamp, or by
     * content when the stamp moved) and none of the classes it looked for and missed has appeared.
     */
    private static final class Freshness {
        final Map<String, JavaFile> byPath;
        final JavaSources sources;
        final Map<String, String> currentHashes = new java.util.concurrent.ConcurrentHashMap<>();

        Freshness(Map<String, JavaFile> byPath, JavaSources sources) {
            this.byPath = byPath;
            this.sources = sources;
        }

        boolean isFresh(JavaResultStore.JavaEntry entry) {
            for (String missing : entry.missingClasses()) {
                if (sources.hasClassFile(missing)) {
                    return false;
                }
            }
            for (Map.Entry<String, JavaResultStore.Dependency> d : entry.dependencies().entrySet()) {
                JavaFile dep = byPath.get(d.getKey());
                if (dep == null) {
                    return false;
                }
                FileStamp now = FileStamp.of(dep.path());
                if (now != null && now.equals(d.getValue().stamp())) {
                    continue;
                }
                String hash = currentHashes.computeIfAbsent(d.getKey(), k -> {
                    try {
                        return Sha256.hex(java.nio.file.Files.readAllBytes(dep.path()));
                    } catch (java.io.IOException | SecurityException e) {
                        return "";
                    }
                });
                if (!hash.equals(d.getValue().hash())) {
                    return false;
                }
            }
            return true;
        }
    }

    private interface FileTask {
        ScanResult run(JavaFile file);
    }

    /** Runs the task over the files on {@code threads} threads, keeping the files' order in the result. */
    private List<ScanResult> runParallel(List<JavaFile> files, FileTask task) {
        if (threads == 1 || files.size() < 2) {
            List<ScanResult> out = new ArrayList<>();
            for (JavaFile f : files) {
                out.add(task.run(f));
            }
            return out;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> files.parallelStream().map(task::run)
                .collect(java.util.stream.Collectors.toList())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }
}

