package dev.keepalivelint.scan.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.keepalivelint.model.Location;
import dev.keepalivelint.model.Diagnostic;
import dev.keepalivelint.scan.TextFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The project's Java files by class name, parsed on demand and at most once: the scanner parses the files
 * that may hold builders, and the value resolver parses a file only when a constant it needs lives there.
 */
final class JavaSources {
    /** Lets any node find the file it was parsed from. */
    private static final DataKey<JavaFile> FILE = new DataKey<JavaFile>() { };

    /**
     * Current Java: switch expressions with yield, records, sealed types, patterns. Without the validators the
     * grammar also takes old code that used yield or enum as a name, so one configuration serves every file.
     */
    private static final ParserConfiguration CONFIGURATION = withoutProcessors(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
        .setAttributeComments(false));

    /**
     * Drops the post-parse processors: the language-level validators (which walk every tree to reject what javac
     * would reject, a third of the parse time, and a linter is not a compiler), comment attribution (off) and
     * line-separator detection (unused). The language level still decides what the grammar accepts (yield).
     */
    private static ParserConfiguration withoutProcessors(ParserConfiguration configuration) {
        configuration.getProcessors().clear();
        return configuration;
    }

    /** JavaParser instances are not thread safe; one per thread, all sharing one configuration. */
    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(CONFIGURATION));

    private final List<JavaFile> files;
    /** Built on first use: a run whose files all come from the cache never needs it. */
    private volatile Map<String, JavaFile> byClass;
    private final ConcurrentHashMap<JavaFile, ParsedFile> parsed = new ConcurrentHashMap<>();
    private final AtomicInteger parseCount = new AtomicInteger();
    private final TextFiles reader;
    /** Which identifiers can make a builder: decides whether a file is parsed ({@link JavaSkeleton}). */
    private final JavaSkeleton.Words words;

    JavaSources(List<JavaFile> files, TextFiles reader, JavaSkeleton.Words words) {
        this.reader = reader;
        this.files = files;
        this.words = words;
    }

    /** The skeleton of a file's text: what JavaParser is given (see {@link JavaSkeleton}). */
    JavaSkeleton skeleton(String text) {
        return JavaSkeleton.of(text, words);
    }

    private Map<String, JavaFile> byClass() {
        Map<String, JavaFile> map = byClass;
        if (map == null) {
            synchronized (this) {
                map = byClass;
                if (map == null) {
                    map = new HashMap<>(files.size() * 2);
                    for (JavaFile f : files) {
                        map.putIfAbsent(f.className(), f);
                    }
                    byClass = map;
                }
            }
        }
        return map;
    }

    /** The file a node was parsed from. */
    static JavaFile fileOf(Node node) {
        CompilationUnit cu = node.findCompilationUnit().orElse(null);
        return cu != null && cu.containsData(FILE) ? cu.getData(FILE) : null;
    }

    /** 1-based location of a node in its file. */
    static Location locationOf(Node node) {
        JavaFile file = fileOf(node);
        String path = file == null ? "?" : file.displayPath();
        return node.getBegin().map(p -> new Location(path, p.line, p.column)).orElse(Location.ofFile(path));
    }

    /** What the extraction of one file looked at in other files, recorded for the incremental cache. */
    static final class Reads {
        final Map<String, ParsedFile> files = new HashMap<>();
        final java.util.Set<String> missingClasses = new java.util.HashSet<>();
    }

    /** The files read on behalf of the extraction running on this thread. */
    private final ThreadLocal<Reads> recording = new ThreadLocal<>();

    /** Starts recording which other files this thread's extraction reads. */
    void startRecording() {
        recording.set(new Reads());
    }

    /** Stops recording and returns what was read. */
    Reads stopRecording() {
        Reads r = recording.get();
        recording.remove();
        return r == null ? new Reads() : r;
    }

    private void recordRead(ParsedFile p) {
        Reads r = recording.get();
        if (r != null) {
            r.files.put(p.file().displayPath(), p);
        }
    }

    private void recordMiss(String className) {
        Reads r = recording.get();
        if (r != null) {
            r.missingClasses.add(className);
        }
    }

    /** The class names the project has files for (to tell whether a class recorded as missing appeared). */
    boolean hasClassFile(String className) {
        return byClass().containsKey(className);
    }

    /** Parses a file already read (its {@link #skeleton}), once; later calls return the same result. */
    ParsedFile parse(JavaFile file, JavaSkeleton skeleton, String hash) {
        return parsed.computeIfAbsent(file, f -> doParse(f, skeleton, hash));
    }

    /** Reads and parses a file, once while its tree is kept (see {@link #doneWith}, {@link #ON_DEMAND_TREES}). */
    ParsedFile parse(JavaFile file) {
        ParsedFile known = parsed.get(file);
        if (known != null) {
            return known;
        }
        int[] parsedChars = {-1};
        ParsedFile p = parsed.computeIfAbsent(file, f -> {
            parsedChars[0] = 0;
            TextFiles.Bytes bytes = reader.readBytes(f.path(), f.displayPath());
            if (bytes.problem() != null) {
                return new ParsedFile(f, null, bytes.problem(), null);
            }
            String hash = dev.keepalivelint.model.Sha256.hex(bytes.content());
            TextFiles.Text text = TextFiles.decode(bytes.content(), f.displayPath(), reader.charset());
            if (text.problem() != null) {
                return new ParsedFile(f, null, text.problem(), hash);
            }
            parsedChars[0] = text.content().length();
            return doParse(f, skeleton(text.content()), hash);
        });
        if (parsedChars[0] >= 0) {
            keptOnDemand(file, parsedChars[0]);
        }
        return p;
    }

    private ParsedFile doParse(JavaFile file, JavaSkeleton skeleton, String hash) {
        parseCount.incrementAndGet();
        ParseResult<CompilationUnit> result;
        try {
            result = PARSER.get().parse(skeleton.text());
        } catch (RuntimeException | StackOverflowError e) {
            return new ParsedFile(file, null, new Diagnostic(Location.ofFile(file.displayPath()),
                "the Java parser failed: " + e), hash);
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
            int line = 0;
            int column = 0;
            if (first != null && first.getLocation().isPresent()) {
                var begin = first.getLocation().get().getBegin().getRange();
                if (begin.isPresent()) {
                    line = begin.get().begin.line;
                    column = begin.get().begin.column;
                }
            }
            String reason = first == null ? "not valid Java" : firstLine(first.getMessage());
            return new ParsedFile(file, null, new Diagnostic(new Location(file.displayPath(), line, column),
                "not valid Java: " + reason), hash);
        }
        CompilationUnit cu = result.getResult().get();
        cu.setData(FILE, file);
        FileIndex.attach(cu, this);
        return new ParsedFile(file, cu, null, hash);
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.trim();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl).trim();
        }
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** True when the project has a file for top-level class {@code className} (nothing is parsed). */
    boolean hasClass(String className) {
        boolean found = byClass().containsKey(className);
        if (!found) {
            recordMiss(className);
        }
        return found;
    }

    /**
     * Forgets the tree of a file whose extraction is done, so that the heap holds the trees being extracted and a
     * few files read for their constants, never a tree per file that mentions keepalive. Keeping the trees of files
     * other files could read constants from (static fields) saved one parse of 253 on the five-repository corpus of
     * issue 11 and held 32 trees at the end; a file asked for again is parsed again. The trees kept are bounded by
     * their files' size too ({@link #ON_DEMAND_CHARS}), so that a project of large constant-holding files keeps as
     * much heap as any other.
     */
    void doneWith(JavaFile file) {
        parsed.remove(file);
    }

    /** At most this many trees parsed on demand for their constants are kept for the files that read them next. */
    private static final int ON_DEMAND_TREES = 32;
    /**
     * And at most the trees of this many characters of source (a JavaParser tree takes tens of bytes of heap per
     * character of its file). On the corpus of issue 11, 128 K parses no more files than 512 K, and 32 K parses up to
     * 5 more; with it, the heap's peak is set by the largest file being extracted, not by what was kept. The newest
     * tree is always kept, whatever its size.
     */
    private static final long ON_DEMAND_CHARS = 128 * 1024;
    /** The files parsed on demand, oldest first, with their sizes: beyond either bound the oldest tree is forgotten. */
    private final java.util.ArrayDeque<Map.Entry<JavaFile, Integer>> onDemand = new java.util.ArrayDeque<>();
    private long onDemandChars;

    private synchronized void keptOnDemand(JavaFile file, int chars) {
        onDemand.addLast(Map.entry(file, chars));
        onDemandChars += chars;
        while (onDemand.size() > 1 && (onDemand.size() > ON_DEMAND_TREES || onDemandChars > ON_DEMAND_CHARS)) {
            Map.Entry<JavaFile, Integer> oldest = onDemand.pollFirst();
            onDemandChars -= oldest.getValue();
            parsed.remove(oldest.getKey());
        }
    }

    /** Files parsed so far. */
    int parsedCount() {
        return parseCount.get();
    }

    /**
     * The type with fully qualified name {@code className} (a nested type is named Outer.Inner), parsing the
     * file that holds it if need be; null when the project has no such type or its file does not parse.
     */
    TypeDeclaration<?> findType(String className) {
        String outer = className;
        String nested = "";
        while (true) {
            JavaFile file = byClass().get(outer);
            if (file != null) {
                ParsedFile p = parse(file);
                recordRead(p);
                if (p.unit() == null) {
                    return null;
                }
                String simple = outer.substring(outer.lastIndexOf('.') + 1);
                TypeDeclaration<?> type = p.unit().getTypes().stream()
                    .filter(t -> t.getNameAsString().equals(simple)).findFirst().orElse(null);
                return type == null ? null : nestedType(type, nested);
            }
            int dot = outer.lastIndexOf('.');
            if (dot < 0) {
                recordMiss(className);
                return null;
            }
            nested = nested.isEmpty() ? outer.substring(dot + 1) : outer.substring(dot + 1) + "." + nested;
            outer = outer.substring(0, dot);
        }
    }

    /** Follows a dotted path of member types from {@code type}. */
    static TypeDeclaration<?> nestedType(TypeDeclaration<?> type, String path) {
        TypeDeclaration<?> current = type;
        if (path.isEmpty()) {
            return current;
        }
        for (String part : path.split("\\.")) {
            TypeDeclaration<?> next = null;
            for (BodyDeclaration<?> member : current.getMembers()) {
                if (member instanceof TypeDeclaration && ((TypeDeclaration<?>) member).getNameAsString().equals(part)) {
                    next = (TypeDeclaration<?>) member;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }
}
