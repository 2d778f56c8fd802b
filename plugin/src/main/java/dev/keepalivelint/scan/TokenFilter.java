package dev.keepalivelint.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;

/**
 * A byte-level pre-filter: does a file contain any of a set of ASCII tokens? One pass over the bytes with an
 * Aho-Corasick automaton, so the cost does not grow with the number of tokens. Files that contain none of
 * the tokens cannot hold anything the scanners recognise and are not parsed.
 */
public final class TokenFilter {
    private static final int ALPHABET = 128;

    private final Set<String> tokens;
    /** goto[state * ALPHABET + byte] = next state (complete transition table). */
    private final int[] next;
    private final boolean[] accepting;

    public TokenFilter(Collection<String> tokens) {
        this.tokens = new TreeSet<>(tokens);
        List<int[]> trie = new ArrayList<>();
        List<Boolean> accept = new ArrayList<>();
        trie.add(newRow());
        accept.add(false);
        for (String token : this.tokens) {
            byte[] bytes = token.getBytes(StandardCharsets.US_ASCII);
            if (bytes.length == 0) {
                continue;
            }
            int state = 0;
            for (byte b : bytes) {
                int c = b & 0x7f;
                if (trie.get(state)[c] < 0) {
                    trie.add(newRow());
                    accept.add(false);
                    trie.get(state)[c] = trie.size() - 1;
                }
                state = trie.get(state)[c];
            }
            accept.set(state, true);
        }
        int states = trie.size();
        int[] fail = new int[states];
        next = new int[states * ALPHABET];
        accepting = new boolean[states];
        for (int s = 0; s < states; s++) {
            accepting[s] = accept.get(s);
        }
        Queue<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int t = trie.get(0)[c];
            if (t < 0) {
                next[c] = 0;
            } else {
                next[c] = t;
                fail[t] = 0;
                queue.add(t);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.remove();
            accepting[s] |= accepting[fail[s]];
            for (int c = 0; c < ALPHABET; c++) {
                int t = trie.get(s)[c];
                if (t < 0) {
                    next[s * ALPHABET + c] = next[fail[s] * ALPHABET + c];
                } else {
                    next[s * ALPHABET + c] = t;
                    fail[t] = next[fail[s] * ALPHABET + c];
                    queue.add(t);
                }
            }
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        java.util.Arrays.fill(row, -1);
        return row;
    }

    /** What the pre-filter saw in a file. */
    public enum Verdict {
        /** A token is present: the file is worth parsing. */
        MATCH,
        /** No token: nothing in the file can matter. */
        NO_MATCH,
        /** A NUL byte before any token: binary content, not a text file. */
        BINARY
    }

    /** True when {@code content} contains at least one token. */
    public boolean matches(byte[] content) {
        return scan(content) == Verdict.MATCH;
    }

    /**
     * One pass over the bytes: stops at the first token (MATCH) or the first NUL byte (BINARY). Non-ASCII bytes
     * never match a token.
     */
    public Verdict scan(byte[] content) {
        int state = 0;
        final int[] table = next;
        final boolean[] acc = accepting;
        final boolean any = !tokens.isEmpty();
        for (byte b : content) {
            if (b <= 0) {
                if (b == 0) {
                    return Verdict.BINARY;
                }
                state = 0;
                continue;
            }
            state = table[state * ALPHABET + b];
            if (acc[state] && any) {
                return Verdict.MATCH;
            }
        }
        return any ? Verdict.NO_MATCH : Verdict.MATCH;
    }

    public Set<String> tokens() {
        return tokens;
    }
}
