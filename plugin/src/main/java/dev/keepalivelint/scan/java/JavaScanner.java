package dev.keepalivelint.scan.java;

import dev.keepalivelint.model.ClientBehaviour;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.rules.JavaBuilderSpec;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.model.Suppression;
import dev.keepalivelint.scan.InputProblem;
import dev.keepalivelint.scan.SuppressionComments;
import dev.keepalivelint.scan.ScanResult;
import dev.keepalivelint.scan.TextFiles;
import dev.keepalivelint.scan.TokenFilter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
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

    public JavaScanner(RuleBook rules, TextFiles reader, Charset charset, int threads) {
        this.rules = rules;
        this.reader = reader;
        this.charset = charset;
        this.threads = Math.max(1, threads);
        this.filter = new TokenFilter(triggerTokens(rules));
    }

    /**
     * The tokens that make a file worth parsing, all from the rules file: the names of keepalive setters
     * (any builder configured for keepalive says one), the builder names of servers (a server without
     * keepalive calls still decides the policy its clients meet), and the packages of client libraries that
     * ping by default (such a client matters even when the code sets nothing).
     */
    static Set<String> triggerTokens(RuleBook rules) {
        Set<String> tokens = new TreeSet<>();
        for (JavaBuilderSpec spec : rules.javaBuilders()) {
            for (JavaBuilderSpec.Setter s : spec.setters().values()) {
                switch (s.setting()) {
                    case TARGET:
                    case PORT:
                        break;
                    default:
                        tokens.add(s.method());
                }
            }
            if (spec.role() == Role.SERVER) {
                for (JavaBuilderSpec.Factory f : spec.factories()) {
                    tokens.add(f.simpleClassName());
                }
                for (String t : spec.types()) {
                    tokens.add(t.substring(t.lastIndexOf('.') + 1));
                }
            }
            if (spec.role() == Role.CLIENT && pingsByDefault(rules, spec.library())) {
                for (JavaBuilderSpec.Factory f : spec.factories()) {
                    tokens.add(f.packageName());
                }
            }
        }
        return tokens;
    }

    private static boolean pingsByDefault(RuleBook rules, String library) {
        for (ClientBehaviour c : rules.clients()) {
            if (c.library().equals(library) && c.defaultKeepAliveTime() != null) {
                return true;
            }
        }
        return false;
    }

    public Set<String> tokens() {
        return filter.tokens();
    }

    /** Scans the files; never throws for a bad file (it becomes an {@link InputProblem}). */
    public ScanResult scan(List<JavaFile> files) {
        JavaSources sources = new JavaSources(files, reader);
        ValueResolver resolver = new ValueResolver(sources);
        BuilderExtractor extractor = new BuilderExtractor(rules.javaBuilders(), resolver, sources);
        List<ScanResult> perFile = runParallel(files, file -> scanFile(file, sources, extractor));
        ScanResult total = ScanResult.empty();
        for (ScanResult r : perFile) {
            total = total.plus(r);
        }
        return new ScanResult(total.observations(), total.problems(), total.suppressions(), files.size(),
            sources.parsedCount());
    }

    private ScanResult scanFile(JavaFile file, JavaSources sources, BuilderExtractor extractor) {
        TextFiles.Bytes bytes = reader.readBytes(file.path(), file.displayPath());
        if (bytes.problem() != null) {
            return new ScanResult(List.of(), List.of(bytes.problem()), 0, 0);
        }
        if (!filter.matches(bytes.content())) {
            return ScanResult.empty();
        }
        TextFiles.Text text = TextFiles.decode(bytes.content(), file.displayPath(), charset);
        if (text.problem() != null) {
            return new ScanResult(List.of(), List.of(text.problem()), 0, 0);
        }
        List<Suppression> suppressions = new ArrayList<>(SuppressionComments.inJava(file.displayPath(), text.content()));
        ParsedFile parsed = sources.parse(file, text.content());
        if (parsed.unit() == null) {
            return new ScanResult(List.of(), List.of(parsed.problem()), suppressions, 0, 0);
        }
        List<Observation> observations;
        try {
            observations = extractor.extract(parsed.unit());
        } catch (RuntimeException | StackOverflowError e) {
            // A construct the extractor does not expect must not cost the findings of other files.
            return new ScanResult(List.of(), List.of(new InputProblem(
                dev.keepalivelint.model.Location.ofFile(file.displayPath()),
                "could not be analysed: " + e)), 0, 0);
        }
        suppressions.addAll(SuppressionAnnotations.in(parsed.unit(), file.displayPath()));
        return new ScanResult(observations, List.of(), suppressions, 0, 0);
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
