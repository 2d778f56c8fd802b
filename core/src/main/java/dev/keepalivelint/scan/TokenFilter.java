package dev.keepalivelint.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;

/**
 * A byte-level pre-filter: does a file contain the ASCII tokens that make it worth parsing? The condition is a
 * list of clauses, any of which suffices; a clause is a list of token groups, each of which must be present
 * (at least one token of the group). "One of these setter names, and also this package" is one clause.
 *
 * <p>One pass over the bytes with an Aho-Corasick automaton, so the cost does not grow with the number of
 * tokens; the pass stops as soon as a clause is complete. Files that satisfy no clause cannot hold anything the
 * scanners recognise and are not parsed.
 */
public final class TokenFilter {
    private static final int ALPHABET = 128;

    private final Set<String> tokens = new TreeSet<>();
    /** next[state * ALPHABET + byte] = the next state (a complete transition table). */
    private final int[] next;
    /** The groups whose tokens end in each state (through suffix links too); null when none does. */
    private final int[][] groupsEndingAt;
    /** For each group, the clauses it belongs to, as lists of group ids. */
    private final int[][][] clausesOfGroup;
    /** For each group, whether each of its clauses (same order as {@link #clausesOfGroup}) is a deferred one. */
    private final boolean[][] deferredOfGroup;
    private final int groupCount;

    /** A filter with one clause of one group: any of {@code tokens}. */
    public TokenFilter(Collection<String> tokens) {
        this(List.of(List.of(tokens)));
    }

    /**
     * A filter whose condition is any of {@code clauses}; each clause requires a token of every one of its
     * groups. No clause (or an empty token list everywhere) means every file matches.
     */
    public TokenFilter(List<? extends List<? extends Collection<String>>> clauses) {
        this(clauses, List.of());
    }

    /**
     * A filter with two kinds of clause: a file that completes one of {@code clauses} is a {@link Verdict#MATCH}; a
     * file that completes only one of {@code deferred} is {@link Verdict#DEFERRED} (worth parsing only if what the
     * other files hold makes it matter). The pass goes on after a deferred clause, in case an immediate one follows.
     */
    public TokenFilter(List<? extends List<? extends Collection<String>>> clauses,
                       List<? extends List<? extends Collection<String>>> deferred) {
        List<List<? extends Collection<String>>> all = new ArrayList<>(clauses);
        all.addAll(deferred);
        int immediateCount = clauses.size();
        List<int[]> clauseGroups = new ArrayList<>();
        List<Boolean> clauseDeferred = new ArrayList<>();
        int clauseIndex = 0;
        Map<String, List<Integer>> groupsOfToken = new LinkedHashMap<>();
        int group = 0;
        for (List<? extends Collection<String>> clause : all) {
            boolean isDeferred = clauseIndex++ >= immediateCount;
            int[] ids = new int[clause.size()];
            for (int i = 0; i < clause.size(); i++) {
                ids[i] = group;
                for (String token : clause.get(i)) {
                    if (!token.isEmpty()) {
                        tokens.add(token);
                        groupsOfToken.computeIfAbsent(token, k -> new ArrayList<>()).add(group);
                    }
                }
                group++;
            }
            if (ids.length > 0) {
                clauseGroups.add(ids);
                clauseDeferred.add(isDeferred);
            }
        }
        groupCount = group;
        List<List<int[]>> byGroup = new ArrayList<>();
        List<List<Boolean>> deferredByGroup = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            byGroup.add(new ArrayList<>());
            deferredByGroup.add(new ArrayList<>());
        }
        for (int c = 0; c < clauseGroups.size(); c++) {
            for (int g : clauseGroups.get(c)) {
                byGroup.get(g).add(clauseGroups.get(c));
                deferredByGroup.get(g).add(clauseDeferred.get(c));
            }
        }
        clausesOfGroup = new int[groupCount][][];
        deferredOfGroup = new boolean[groupCount][];
        for (int g = 0; g < groupCount; g++) {
            clausesOfGroup[g] = byGroup.get(g).toArray(new int[0][]);
            deferredOfGroup[g] = new boolean[deferredByGroup.get(g).size()];
            for (int i = 0; i < deferredOfGroup[g].length; i++) {
                deferredOfGroup[g][i] = deferredByGroup.get(g).get(i);
            }
        }

        List<int[]> trie = new ArrayList<>();
        List<Set<Integer>> ending = new ArrayList<>();
        trie.add(newRow());
        ending.add(new TreeSet<>());
        for (Map.Entry<String, List<Integer>> e : groupsOfToken.entrySet()) {
            int state = 0;
            for (byte b : e.getKey().getBytes(StandardCharsets.US_ASCII)) {
                int c = b & 0x7f;
                if (trie.get(state)[c] < 0) {
                    trie.add(newRow());
                    ending.add(new TreeSet<>());
                    trie.get(state)[c] = trie.size() - 1;
                }
                state = trie.get(state)[c];
            }
            ending.get(state).addAll(e.getValue());
        }
        int states = trie.size();
        int[] fail = new int[states];
        next = new int[states * ALPHABET];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int t = trie.get(0)[c];
            next[c] = Math.max(t, 0);
            if (t > 0) {
                queue.add(t);
            }
        }
        // Breadth first, so a state's suffix link is complete before the state inherits what ends there.
        while (!queue.isEmpty()) {
            int s = queue.remove();
            ending.get(s).addAll(ending.get(fail[s]));
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
        groupsEndingAt = new int[states][];
        for (int s = 0; s < states; s++) {
            if (!ending.get(s).isEmpty()) {
                groupsEndingAt[s] = ending.get(s).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /** What the pre-filter saw in a file. */
    public enum Verdict {
        /** A clause is complete: the file is worth parsing. */
        MATCH,
        /** Only a deferred clause is complete: the file is worth parsing only if the other files make it matter. */
        DEFERRED,
        /** No clause is complete: nothing in the file can matter. */
        NO_MATCH,
        /** A NUL byte before any clause was complete: binary content, not a text file. */
        BINARY
    }

    /** True when {@code content} satisfies a clause. */
    public boolean matches(byte[] content) {
        return scan(content) == Verdict.MATCH;
    }

    /**
     * One pass over the bytes: stops when a clause is complete (MATCH) or at the first NUL byte (BINARY) before any
     * clause is complete; a file where only a deferred clause completed is DEFERRED (a NUL byte after that is not
     * reported here: it is the parser's to find, as for a MATCH). Non-ASCII bytes never match a token.
     */
    public Verdict scan(byte[] content) {
        if (tokens.isEmpty()) {
            return indexOfNul(content) >= 0 ? Verdict.BINARY : Verdict.MATCH;
        }
        boolean[] seen = null;
        boolean deferred = false;
        int state = 0;
        final int[] table = next;
        final int[][] ends = groupsEndingAt;
        for (byte b : content) {
            if (b <= 0) {
                if (b == 0 && !deferred) {
                    return Verdict.BINARY;
                }
                state = 0;
                continue;
            }
            state = table[state * ALPHABET + b];
            int[] groups = ends[state];
            if (groups != null) {
                if (seen == null) {
                    seen = new boolean[groupCount];
                }
                int completed = completesClause(groups, seen);
                if (completed == IMMEDIATE) {
                    return Verdict.MATCH;
                }
                deferred |= completed == DEFERRED_ONLY;
            }
        }
        return deferred ? Verdict.DEFERRED : Verdict.NO_MATCH;
    }

    private static final int NONE = 0;
    private static final int DEFERRED_ONLY = 1;
    private static final int IMMEDIATE = 2;

    /** Marks the groups as seen; says whether that completes an immediate clause, only a deferred one, or none. */
    private int completesClause(int[] groups, boolean[] seen) {
        int out = NONE;
        for (int g : groups) {
            if (seen[g]) {
                continue;
            }
            seen[g] = true;
            int[][] clauses = clausesOfGroup[g];
            for (int i = 0; i < clauses.length; i++) {
                if (allSeen(clauses[i], seen)) {
                    if (!deferredOfGroup[g][i]) {
                        return IMMEDIATE;
                    }
                    out = DEFERRED_ONLY;
                }
            }
        }
        return out;
    }

    private static boolean allSeen(int[] clause, boolean[] seen) {
        for (int g : clause) {
            if (!seen[g]) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first NUL byte, or -1. */
    public static int indexOfNul(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Every token of every clause. */
    public Set<String> tokens() {
        return tokens;
    }
}
