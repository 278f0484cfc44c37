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

    /** The strings so far in ascending order, with the rank of each number. */
    Sorted sorted() {
        String[] strings;
        synchronized (this.strings) {
            strings = this.strings.toArray(new String[0]);
        }
        Integer[] order = new Integer[strings.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> strings[a].compareTo(strings[b]));
        int[] rank = new int[strings.length];
        int[] ids = new int[strings.length];
        String[] byRank = new String[strings.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
            ids[r] = order[r];
            byRank[r] = strings[order[r]];
        }
        return new Sorted(rank, ids, byRank);
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
