package dev.keepalivelint.scan.java;

import dev.keepalivelint.rules.JavaBuilderSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What of a Java file the extraction can use, found by a light lexer (comments, strings, character literals and
 * text blocks skipped; braces matched) before JavaParser is asked to build a tree.
 *
 * <p>A builder is recognised only through an identifier the rules file names: a factory method, a builder type, or
 * a setter (on a builder held in a field, set in another method). A file whose code (not its comments or strings)
 * says none of those identifiers of a builder whose package it mentions yields nothing, whatever the byte-level
 * pre-filter matched ({@code InProcessServerBuilder} contains {@code ServerBuilder}); it is not parsed at all.
 *
 * <p>What JavaParser is given is the text with its comments blanked (line breaks and tabs kept, so every line and
 * column stays where it was). Method bodies are given whole, even those that say no builder word: the extraction
 * reads such bodies (constructors assigning final fields, getters returning an options object's defaults, the
 * methods of a class a builder is handed to), and blanking them changed findings on real code; it also saved no time
 * (the tokenizer reads the blanks as it reads the code). A file the lexer cannot follow (braces that do not match,
 * an unclosed comment or string) is parsed whole, so that JavaParser reports what is wrong with it.
 */
final class JavaSkeleton {

    /** Prefixes a class name in {@link Words#creations} when only {@code new} of that class makes the builder. */
    private static final String CREATED = "new ";
    /** Follows a class name when the code says Class.* or Class.&lt;: any of its members may be meant. */
    private static final String ANY_MEMBER = ".*";

    /** The identifiers that can make a builder, per builder: its packages and words. */
    static final class Words {
        private final List<Set<String>> packages = new ArrayList<>();
        private final List<Set<String>> identifiers = new ArrayList<>();
        /** Per builder: whether it yields observations (an inert one only keeps a variable from being taken for another). */
        private final List<Boolean> output = new ArrayList<>();
        /**
         * The ways a builder that yields observations comes into a file, each the identifiers its code must say
         * together (see {@link #creations}); any one suffices.
         */
        private final List<List<String>> creations = new ArrayList<>();
        /** Every identifier of {@link #creations}: the lexer notes which of them the code says. */
        private final Set<String> creationWords = new HashSet<>();

        Words(List<JavaBuilderSpec> specs) {
            for (JavaBuilderSpec spec : specs) {
                Set<String> pkgs = new HashSet<>();
                Set<String> ids = new HashSet<>();
                for (JavaBuilderSpec.Factory f : spec.factories()) {
                    pkgs.add(f.packageName());
                    ids.add(f.method());
                }
                for (String t : spec.types()) {
                    int dot = t.lastIndexOf('.');
                    if (dot > 0) {
                        pkgs.add(t.substring(0, dot));
                    }
                    ids.add(t.substring(dot + 1));
                }
                ids.addAll(spec.setters().keySet());
                pkgs.remove("");
                packages.add(pkgs);
                identifiers.add(ids);
                boolean yields = spec.role() != dev.keepalivelint.model.Role.INERT;
                output.add(yields);
                if (yields) {
                    creations.addAll(creations(spec));
                }
                // A chain writing a keepalive setter on the result of another file's static method that returns a
                // builder (BuilderExtractor.otherFileBuilderMethod): the setter's name is all this file says.
                for (JavaBuilderSpec.Setter setter : spec.setters().values()) {
                    if (setter.setting() != dev.keepalivelint.model.SettingKind.TARGET
                        && setter.setting() != dev.keepalivelint.model.SettingKind.PORT) {
                        creations.add(List.of(setter.method()));
                    }
                }
            }
            for (List<String> c : creations) {
                for (String w : c) {
                    creationWords.add(w);
                    if (w.startsWith(CREATED)) {
                        creationWords.add(w.substring(CREATED.length()));
                    } else if (w.indexOf('.') > 0) {
                        int dot = w.indexOf('.');
                        creationWords.add(w.substring(0, dot));
                        creationWords.add(w.substring(dot + 1));
                        creationWords.add(w.substring(0, dot) + ANY_MEMBER);
                    }
                }
            }
        }

        /**
         * What a file's code must say for the extraction to find a builder of {@code spec}; derived from how
         * {@link BuilderExtractor} recognises one, and only what it cannot do without, so that a file saying none of
         * them yields nothing. A builder is found only from a factory call, a declared type (variable, field,
         * parameter, cast, a method's return type, a type argument), a configurator lambda, or a keepalive setter
         * written on what another file's static builder method returns; a target setter alone makes none. {@code Names} takes a written name for a class only when
         * the name, resolved through the file's own package, imports or declared types, ends with the class's
         * whole name, and all of those are identifiers in the file's code: so a factory needs its class's simple
         * name and its method ({@code WorkflowServiceStubsOptions} and {@code newBuilder}, not every protobuf
         * {@code newBuilder()}), a nested type every class of its name ({@code ServiceStubsOptions} and
         * {@code Builder}). A factory of a class pattern ({@code *Settings}) needs its method; a configurator
         * lambda, the configurator's method.
         */
        private static List<List<String>> creations(JavaBuilderSpec spec) {
            List<List<String>> out = new ArrayList<>();
            for (JavaBuilderSpec.Factory f : spec.factories()) {
                List<String> c = new ArrayList<>(classNames(f.className()));
                c.removeIf(n -> n.contains("*"));
                if (f.isConstructor()) {
                    // Only `new Class(..)` makes one (BuilderExtractor reads an object creation): the class's name
                    // after `new`, not the name alone (Class.class, a static call, an import).
                    c.remove(c.size() - 1);
                    c.add(CREATED + f.simpleClassName());
                } else if (!c.isEmpty() && c.get(c.size() - 1).equals(f.simpleClassName())) {
                    // A factory call is written Class.method(..), or method(..) under a static import, which says
                    // Class.method or Class.* too: the class and the method side by side, not anywhere in the file
                    // (a file importing the class and calling newBuilder() of others).
                    c.set(c.size() - 1, f.simpleClassName() + "." + f.method());
                } else {
                    c.add(f.method());
                }
                out.add(c);
            }
            for (String t : spec.types()) {
                List<String> c = new ArrayList<>(classNames(t));
                if (c.size() >= 2) {
                    // A nested type is written Outer.Inner, imported as ...Outer.Inner or ...Outer.*, or named alone
                    // inside Outer: never Inner alone in a file that merely imports Outer (ServiceStubsOptions and
                    // a Builder of its own).
                    String inner = c.remove(c.size() - 1);
                    c.set(c.size() - 1, c.get(c.size() - 1) + "." + inner);
                }
                out.add(c);
            }
            for (String m : spec.configuredBy()) {
                out.add(List.of(m));
            }
            return out;
        }

        /**
         * Whether {@code w}, a factory written Class.method, is said as Class.* (a static import on demand, or a call
         * with type arguments, Class.&lt;T&gt;method(), which the lexer does not follow) and the method alone.
         */
        private static boolean calledOnAnyMember(String w, Set<String> said) {
            int dot = w.indexOf('.');
            return dot > 0 && !w.startsWith(CREATED) && said.contains(w.substring(0, dot) + ANY_MEMBER)
                && said.contains(w.substring(dot + 1));
        }

        /** The class names of a qualified name: the segments after the package (the first in upper case). */
        private static List<String> classNames(String qualified) {
            List<String> out = new ArrayList<>();
            boolean inClass = false;
            for (String segment : qualified.split("\\.")) {
                inClass |= !segment.isEmpty() && (Character.isUpperCase(segment.charAt(0)) || segment.startsWith("*"));
                if (inClass) {
                    out.add(segment);
                }
            }
            if (out.isEmpty()) {
                out.add(qualified.substring(qualified.lastIndexOf('.') + 1));
            }
            return out;
        }

        /**
         * Whether the identifiers said complete one of the {@link #creations}; with {@code anyCreated}, a class
         * named alone also counts as created (the lexer met a {@code new} it could not read the class of).
         */
        boolean createsABuilder(Set<String> said, boolean anyCreated) {
            for (List<String> c : creations) {
                boolean all = true;
                for (String w : c) {
                    all &= said.contains(w) || anyCreated && w.startsWith(CREATED)
                        && said.contains(w.substring(CREATED.length())) || calledOnAnyMember(w, said);
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The identifiers of the builders that yield observations and whose package {@code text} mentions (anywhere,
         * as the pre-filter does), added to {@code output}.
         */
        void relevantTo(String text, Set<String> output) {
            for (int i = 0; i < packages.size(); i++) {
                if (!this.output.get(i)) {
                    continue;
                }
                for (String p : packages.get(i)) {
                    if (text.contains(p)) {
                        output.addAll(identifiers.get(i));
                        break;
                    }
                }
            }
        }
    }

    private final String text;
    /** Identifiers of the builders that yield observations: a file saying none yields nothing. */
    private final Set<String> outputWords = new HashSet<>();
    /** Comment ranges: JavaParser need not read them (comments are not attributed; suppressions come from the text). */
    private final List<int[]> comments = new ArrayList<>();
    private boolean sawWord;
    /** The identifiers of {@link Words#creationWords} the code says. */
    private final Set<String> creationWordsSaid = new HashSet<>();
    private final Words vocabulary;
    /** The lexer met a {@code new} whose class it could not read ({@code new @A Foo()}). */
    private boolean unreadNew;
    /** The last two tokens the lexer gave, to note Class.method side by side. */
    private String lastToken = "";
    private String tokenBefore = "";
    private boolean followed = true;
    private int pos;

    private JavaSkeleton(String text, Words words) {
        this.text = text;
        this.vocabulary = words;
        words.relevantTo(text, this.outputWords);
    }

    /** The skeleton of {@code text} for the builders of {@code words}. */
    static JavaSkeleton of(String text, Words words) {
        JavaSkeleton s = new JavaSkeleton(text, words);
        try {
            s.compilationUnit();
        } catch (LexerLost e) {
            s.followed = false;
            s.comments.clear();
            s.sawWord = true;
        }
        return s;
    }

    /**
     * False when nothing can be extracted: the code names no identifier of a builder that yields observations and
     * whose package the file mentions, or says none of the ways such a builder comes into a file
     * ({@link Words#creations}). True when the lexer could not follow the file.
     */
    boolean mayHoldBuilders() {
        return sawWord && (!followed || vocabulary.createsABuilder(creationWordsSaid, unreadNew));
    }

    /**
     * The text without comments, every remaining character at its line and column: of a comment only its line breaks
     * stay, and its last line's characters become blanks (tabs kept) unless it ends the line, so what follows on that
     * line keeps its column. The text itself when it has no comment or the lexer could not follow the file.
     */
    String text() {
        if (!followed || comments.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int[] comment : comments) { // in text order, never overlapping: the lexer skips a comment whole
            out.append(text, at, comment[0]);
            drop(out, comment[0], comment[1]);
            at = comment[1];
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    private void drop(StringBuilder out, int start, int end) {
        int lastBreak = -1;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                out.append(c);
                lastBreak = k;
            }
        }
        boolean endsLine = end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
        if (endsLine) {
            return;
        }
        for (int k = lastBreak < 0 ? start : lastBreak + 1; k < end; k++) {
            out.append(text.charAt(k) == '\t' ? '\t' : ' ');
        }
    }

    // ---- structure ---------------------------------------------------------------------------------------

    private static final class LexerLost extends RuntimeException {
        LexerLost() {
            super(null, null, false, false);
        }
    }

    /** Top level: find the type declarations. */
    private void compilationUnit() {
        String previous = "";
        int parens = 0;
        while (true) {
            String t = next();
            if (t == null) {
                return;
            }
            if (t.equals("(")) {
                parens++;
            } else if (t.equals(")")) {
                parens--;
            } else if (parens > 0) {
                continue; // annotation arguments, array braces included
            } else if (isTypeKeyword(t, previous)) {
                typeDeclaration(t);
            } else if (t.equals("{") || t.equals("}")) {
                throw new LexerLost();
            }
            previous = t;
        }
    }

    /** After the keyword: up to the body's brace, then the body. */
    private void typeDeclaration(String keyword) {
        int parens = 0;
        boolean named = false;
        while (true) {
            String t = require();
            if (!named && isIdentifier(t)) {
                named = true;
                said(t + ANY_MEMBER); // inside a class, its members are named alone
            }
            if (t.equals("(")) {
                parens++;
            } else if (t.equals(")")) {
                parens--;
            } else if (t.equals("{") && parens == 0) {
                if (keyword.equals("enum")) {
                    skipBraces();
                } else {
                    typeBody();
                }
                return;
            } else if (t.equals("{") || t.equals("}") || t.equals(";") && parens == 0) {
                throw new LexerLost();
            }
        }
    }

    /** Members up to the closing brace of the type body. */
    private void typeBody() {
        String previous = "";
        int parens = 0;
        boolean type = false;
        boolean typeNamed = false;
        String keyword = null;
        while (true) {
            String t = require();
            if (t.equals("(")) {
                parens++;
            } else if (t.equals(")")) {
                parens--;
            } else if (parens > 0) {
                continue; // annotation arguments and parameters, array braces included
            } else if (t.equals("}")) {
                return;
            } else if (t.equals(";")) {
                type = false;
            } else if (t.equals("=") && !type) {
                skipInitializer();
            } else if (!type && isTypeKeyword(t, previous)) {
                type = true;
                keyword = t;
                typeNamed = false;
            } else if (type && !typeNamed && isIdentifier(t)) {
                typeNamed = true;
                said(t + ANY_MEMBER);
            } else if (t.equals("{")) {
                if (type) {
                    if (keyword.equals("enum")) {
                        skipBraces();
                    } else {
                        typeBody();
                    }
                    type = false;
                } else {
                    skipBraces(); // a method, constructor or initializer body
                }
            }
            previous = t;
        }
    }

    /** A field initializer, up to its semicolon (braces of arrays, lambdas and anonymous classes included). */
    private void skipInitializer() {
        int depth = 0;
        while (true) {
            String t = require();
            if (t.equals("{") || t.equals("(")) {
                depth++;
            } else if (t.equals("}") || t.equals(")")) {
                depth--;
                if (depth < 0) {
                    throw new LexerLost();
                }
            } else if (t.equals(";") && depth == 0) {
                return;
            }
        }
    }

    /** Skips to the brace matching the one just read. */
    private void skipBraces() {
        int depth = 1;
        while (depth > 0) {
            String t = require();
            if (t.equals("{")) {
                depth++;
            } else if (t.equals("}")) {
                depth--;
            }
        }
    }

    private boolean isTypeKeyword(String t, String previous) {
        if (previous.equals(".")) {
            return false; // Foo.class
        }
        if (t.equals("class") || t.equals("interface") || t.equals("enum")) {
            return true;
        }
        if (t.equals("record")) {
            int save = pos;
            boolean saw = sawWord;
            String last = lastToken;
            String before = tokenBefore;
            int commentsBefore = comments.size();
            String after = next();
            pos = save;
            sawWord = saw;
            lastToken = last;
            tokenBefore = before;
            while (comments.size() > commentsBefore) { // read again when the lexer comes back here
                comments.remove(comments.size() - 1);
            }
            return after != null && isIdentifier(after);
        }
        return false;
    }

    private static boolean isIdentifier(String t) {
        return !t.isEmpty() && Character.isJavaIdentifierStart(t.charAt(0));
    }

    // ---- lexer -------------------------------------------------------------------------------------------

    private String require() {
        String t = next();
        if (t == null) {
            throw new LexerLost();
        }
        return t;
    }

    /** What an ASCII character starts: read from {@link Character} once, so the lexer's loop asks a table. */
    private static final byte OTHER = 0;
    private static final byte WORD = 1;
    private static final byte BLANK = 2;
    /** A slash or a quote: perhaps a comment or a literal. */
    private static final byte SPECIAL = 3;
    private static final byte[] ASCII_KIND = new byte[128];
    /** Whether an ASCII character continues an identifier. */
    private static final boolean[] ASCII_PART = new boolean[128];
    /** The one-character tokens, made once. */
    private static final String[] ASCII_TOKEN = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KIND[c] = Character.isJavaIdentifierStart(c) || Character.isDigit(c) ? WORD
                : Character.isWhitespace(c) ? BLANK : c == '/' || c == '"' || c == '\'' ? SPECIAL : OTHER;
            ASCII_PART[c] = Character.isJavaIdentifierPart(c);
            ASCII_TOKEN[c] = String.valueOf(c);
        }
    }

    private static int kind(char c) {
        if (c < 128) {
            return ASCII_KIND[c];
        }
        return Character.isJavaIdentifierStart(c) || Character.isDigit(c) ? WORD
            : Character.isWhitespace(c) ? BLANK : OTHER;
    }

    private static boolean continuesWord(char c) {
        return c < 128 ? ASCII_PART[c] : Character.isJavaIdentifierPart(c);
    }

    /**
     * The next token: an identifier (or number) or one punctuation character; comments, strings, character
     * literals and text blocks are skipped. Null at the end. Notes when an identifier is a builder word. The loop is
     * kept small and its rare cases in methods of their own: it runs over every character of every file that passes
     * the pre-filter, and the JIT compiles it again each time a case it had not seen turns up.
     */
    private String next() {
        final String s = text;
        final int n = s.length();
        while (pos < n) {
            char c = s.charAt(pos);
            int kind = kind(c);
            if (kind == BLANK) {
                pos++;
            } else if (kind == WORD) {
                return given(word());
            } else if (kind != SPECIAL || !skippedCommentOrLiteral(c)) {
                pos++;
                if ((c == '*' || c == '<') && lastToken.equals(".")) {
                    said(tokenBefore + ANY_MEMBER); // import static a.B.*; B.<T>of()
                }
                return given(c < 128 ? ASCII_TOKEN[c] : String.valueOf(c));
            }
        }
        return null;
    }

    private String given(String token) {
        tokenBefore = lastToken;
        lastToken = token;
        return token;
    }

    /** Notes a creation word the code says. */
    private void said(String word) {
        if (vocabulary.creationWords.contains(word)) {
            creationWordsSaid.add(word);
        }
    }

    /** Skips the comment or literal at {@code pos} and returns true; false when {@code c} is only a slash. */
    private boolean skippedCommentOrLiteral(char c) {
        if (c != '/') {
            literal(c);
            return true;
        }
        if (pos + 1 < text.length() && (text.charAt(pos + 1) == '/' || text.charAt(pos + 1) == '*')) {
            comment();
            return true;
        }
        return false;
    }

    private String word() {
        final String s = text;
        final int n = s.length();
        int start = pos++;
        while (pos < n && continuesWord(s.charAt(pos))) {
            pos++;
        }
        String id = s.substring(start, pos);
        said(id);
        if (lastToken.equals(".") && vocabulary.creationWords.contains(id)) {
            said(tokenBefore + "." + id); // only a creation word can end a Class.method of the vocabulary
        }
        if (id.equals("new") && !afterColons(start)) { // Foo::new creates nothing the extraction reads
            String created = createdClass();
            if (created == null) {
                unreadNew = true;
            } else {
                said(CREATED + created);
            }
        }
        sawWord |= outputWords.contains(id);
        return id;
    }

    /**
     * The simple name of the class a {@code new} just read creates: the last identifier of the dotted name that
     * follows ({@code new a.b.Outer.Inner<>()} creates Inner), read ahead without moving on. Null when something
     * else follows (an annotation, a comment).
     */
    private String createdClass() {
        final String s = text;
        final int n = s.length();
        int at = pos;
        String last = null;
        while (true) {
            at = afterBlanks(at);
            if (at >= n || kind(s.charAt(at)) != WORD) {
                return null;
            }
            int start = at++;
            while (at < n && continuesWord(s.charAt(at))) {
                at++;
            }
            last = s.substring(start, at);
            at = afterBlanks(at);
            if (at < n && s.charAt(at) == '<') {
                at = afterBlanks(afterTypeArguments(at));
                // new Outer<T>.Inner(): the class is after the arguments; not read here
                return at < n && s.charAt(at) == '.' ? null : last;
            }
            if (at >= n || s.charAt(at) != '.') {
                return last;
            }
            at++;
        }
    }

    /** The first offset from {@code at} on that is not a blank. */
    private int afterBlanks(int at) {
        while (at < text.length() && kind(text.charAt(at)) == BLANK) {
            at++;
        }
        return at;
    }

    /** Where the type arguments opening at {@code at} end (after their closing bracket), or the end of the text. */
    private int afterTypeArguments(int at) {
        int depth = 0;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                return i + 1;
            } else if (c == '(' || c == ';' || c == '{') {
                return i;
            }
        }
        return text.length();
    }

    /** Whether the word starting at {@code start} follows "::" (blanks between allowed). */
    private boolean afterColons(int start) {
        int i = start - 1;
        while (i >= 0 && kind(text.charAt(i)) == BLANK) {
            i--;
        }
        return i >= 1 && text.charAt(i) == ':' && text.charAt(i - 1) == ':';
    }

    /** A comment at {@code pos}: noted and skipped. */
    private void comment() {
        final String s = text;
        final int n = s.length();
        if (s.charAt(pos + 1) == '/') {
            int end = pos + 2;
            while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                end++;
            }
            comments.add(new int[] {pos, end});
            pos = end;
            return;
        }
        int end = s.indexOf("*/", pos + 2);
        if (end < 0) {
            throw new LexerLost();
        }
        comments.add(new int[] {pos, end + 2});
        pos = end + 2;
    }

    /** A string, text block or character literal at {@code pos}: skipped. */
    private void literal(char quote) {
        if (quote == '"' && text.startsWith("\"\"\"", pos)) {
            pos = endOfTextBlock(pos + 3);
        } else {
            pos = endOfQuoted(pos + 1, quote);
        }
    }

    private int endOfQuoted(int from, char quote) {
        final String s = text;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                throw new LexerLost();
            }
        }
        throw new LexerLost();
    }

    private int endOfTextBlock(int from) {
        final String s = text;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' && s.startsWith("\"\"\"", i)) {
                return i + 3;
            }
        }
        throw new LexerLost();
    }
}
