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
        List<int[]> clauseGroups = new ArrayList<>();
        Map<String, List<Integer>> groupsOfToken = new LinkedHashMap<>();
        int group = 0;
        for (List<? extends Collection<String>> clause : clauses) {
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
            }
        }
        groupCount = group;
        List<List<int[]>> byGroup = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            byGroup.add(new ArrayList<>());
        }
        for (int[] ids : clauseGroups) {
            for (int g : ids) {
                byGroup.get(g).add(ids);
            }
        }
        clausesOfGroup = new int[groupCount][][];
        for (int g = 0; g < groupCount; g++) {
            clausesOfGroup[g] = byGroup.get(g).toArray(new int[0][]);
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
     * One pass over the bytes: stops when a clause is complete (MATCH) or at the first NUL byte (BINARY).
     * Non-ASCII bytes never match a token.
     */
    public Verdict scan(byte[] content) {
        if (tokens.isEmpty()) {
            return indexOfNul(content) >= 0 ? Verdict.BINARY : Verdict.MATCH;
        }
        boolean[] seen = null;
        int state = 0;
        final int[] table = next;
        final int[][] ends = groupsEndingAt;
        for (byte b : content) {
            if (b <= 0) {
                if (b == 0) {
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
                if (completesClause(groups, seen)) {
                    return Verdict.MATCH;
                }
            }
        }
        return Verdict.NO_MATCH;
    }

    /** Marks the groups as seen; true when that completes a clause. */
    private boolean completesClause(int[] groups, boolean[] seen) {
        for (int g : groups) {
            if (seen[g]) {
                continue;
            }
            seen[g] = true;
            for (int[] clause : clausesOfGroup[g]) {
                if (allSeen(clause, seen)) {
                    return true;
                }
            }
        }
        return false;
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
