package org.gazette.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers for the strings terms are made of (folded words, spellings, tags), so that postings are
 * keyed by numbers rather than by strings built per article. Thread-safe; a string keeps its number.
 */
final class Vocabulary {
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final Object snapshotLock = new Object();
    /** The last {@link #sorted} snapshot; it holds the first {@code last.size()} strings by number. */
    private Sorted last = new Sorted(new int[0], new int[0], new String[0]);

    int id(String s) {
        Integer i = ids.get(s);
        if (i != null) return i;
        synchronized (strings) {
            i = ids.get(s);
            if (i == null) {
                i = strings.size();
                strings.add(s);
                ids.put(s, i);
            }
            return i;
        }
    }

    /**
     * The strings so far in ascending order, with the rank of each number. A run file is spilled
     * dozens of times a build, each taking a snapshot, while the vocabulary grows by fewer strings
     * each time: only the strings added since the last snapshot are sorted, then merged into it.
     */
    Sorted sorted() {
        synchronized (snapshotLock) {
            String[] fresh;
            synchronized (strings) {
                fresh = strings.subList(last.size(), strings.size()).toArray(new String[0]);
            }
            if (fresh.length > 0) last = merge(last, fresh);
            return last;
        }
    }

    private Sorted merge(Sorted old, String[] fresh) {
        Arrays.sort(fresh);
        int n = old.size() + fresh.length;
        int[] rank = new int[n];
        int[] byRankIds = new int[n];
        String[] byRank = new String[n];
        // strings are distinct, so the merge has no ties
        for (int r = 0, i = 0, j = 0; r < n; r++) {
            boolean takeOld = j == fresh.length || (i < old.size() && old.string(i).compareTo(fresh[j]) < 0);
            String s = takeOld ? old.string(i) : fresh[j];
            int id = takeOld ? old.id(i++) : ids.get(fresh[j++]);
            byRank[r] = s;
            byRankIds[r] = id;
            rank[id] = r;
        }
        return new Sorted(rank, byRankIds, byRank);
    }

    /** A snapshot of a vocabulary: ranks by number; numbers and strings by rank. */
    record Sorted(int[] ranks, int[] ids, String[] strings) {
        int size() {
            return strings.length;
        }

        int rank(int id) {
            return ranks[id];
        }

        int id(int rank) {
            return ids[rank];
        }

        String string(int rank) {
            return strings[rank];
        }
    }
}
