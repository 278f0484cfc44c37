package org.gazette.site;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.gazette.text.RadixSort;
import org.gazette.text.StringHash;

/**
 * Site order: dated articles newest first, then undated ones by title; ties broken by title and
 * finally by source path, so the order never depends on file-system order.
 */
final class ArticleOrder {
    /** Articles of one date at most that are sorted by collation keys (some 400 bytes each). */
    static final int MAX_KEYED_RUN = 100_000;

    private ArticleOrder() {}

    /**
     * The articles in site order. Each article's date is read once into a sort key, and its title
     * only when its date ties with another's: comparing articles scattered over the heap, and
     * unpacking and collating titles, took most of the time of sorting a large archive.
     */
    static List<Article> sorted(Collection<Article> articles, Locale locale) {
        return sorted(articles, locale, MAX_KEYED_RUN);
    }

    /** The articles in site order, with their {@link #identity identities} in that order. */
    record Ordered(List<Article> articles, long[] identities) { }

    /**
     * The articles in site order: an earlier build's, from {@code memo}, when it was made of the
     * same articles with the same dates and titles; else sorted.
     */
    static Ordered sorted(List<Article> articles, Locale locale, AssemblyMemo memo) {
        long[] ids = new long[articles.size()];
        IntStream.range(0, ids.length).parallel().forEach(i -> ids[i] = identity(articles.get(i)));
        long[] previousOrder = memo.order();
        List<Article> previous = reordered(articles, ids, previousOrder);
        if (previous != null) return new Ordered(previous, previousOrder);
        List<Article> ordered = sorted(articles, locale);
        long[] orderedIds = new long[ordered.size()];
        IntStream.range(0, orderedIds.length).parallel().forEach(i -> orderedIds[i] = identity(ordered.get(i)));
        return new Ordered(ordered, orderedIds);
    }

    /**
     * A hash of everything an article's place in the site order depends on: its source path (which
     * also tells articles apart), its date and its title.
     */
    static long identity(Article a) {
        long h = StringHash.combine(StringHash.of(a.sourcePath()), StringHash.of(a.title()));
        if (a.dated()) h = StringHash.combine(StringHash.combine(h, a.published().epochSecond()), a.published().nano());
        return h;
    }

    /**
     * The articles in the order of {@code previous}, when it holds exactly their identities
     * ({@code ids}, by article), each once; else null.
     */
    private static List<Article> reordered(List<Article> articles, long[] ids, long[] previous) {
        int n = ids.length;
        if (previous == null || previous.length != n) return null;
        long[] sortedIds = ids.clone();
        int[] from = RadixSort.sortSigned(sortedIds);
        for (int i = 1; i < n; i++) if (sortedIds[i] == sortedIds[i - 1]) return null; // two articles alike: sort them
        boolean[] placed = new boolean[n];
        List<Article> out = new ArrayList<>(n);
        for (long id : previous) {
            int at = Arrays.binarySearch(sortedIds, id);
            if (at < 0 || placed[at]) return null;
            placed[at] = true;
            out.add(articles.get(from[at]));
        }
        return out;
    }

    /** @param maxKeyedRun runs of equal dates longer than this are collated pair by pair */
    static List<Article> sorted(Collection<Article> articles, Locale locale, int maxKeyedRun) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.TERTIARY);
        Key[] keys = new Key[articles.size()];
        int n = 0;
        for (Article a : articles) keys[n++] = new Key(a);
        Comparator<Key> newestFirst = (a, b) -> {
            if (a.dated != b.dated) return a.dated ? -1 : 1;
            int c = Long.compare(b.second, a.second);
            return c != 0 ? c : Integer.compare(b.nano, a.nano);
        };
        Arrays.sort(keys, newestFirst);
        // Then each run of equal dates (a day's articles without times, the undated ones) by title and
        // path. A title's collation key is made once per article, not on every comparison: collating
        // normalizes both strings, under the collator's lock. Runs are sorted on every core, each
        // thread with its own collator, and hold their keys only while they are sorted.
        List<int[]> runs = new ArrayList<>();
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && newestFirst.compare(keys[from], keys[to]) == 0) to++;
            if (to - from > 1) runs.add(new int[]{from, to});
            from = to;
        }
        ThreadLocal<Collator> collators = ThreadLocal.withInitial(() -> (Collator) collator.clone());
        Comparator<Key> byTitle = Comparator.<Key, CollationKey>comparing(k -> k.collationKey)
                .thenComparing(k -> k.article.sourcePath());
        runs.parallelStream().forEach(run -> {
            Collator c = collators.get();
            if (run[1] - run[0] > maxKeyedRun) {
                // a huge run (an archive of undated articles) is collated pair by pair: its keys would not fit the heap
                Arrays.sort(keys, run[0], run[1], Comparator.<Key, String>comparing(k -> k.article.title(), c)
                        .thenComparing(k -> k.article.sourcePath()));
                return;
            }
            for (int i = run[0]; i < run[1]; i++) keys[i].collationKey = c.getCollationKey(keys[i].article.title());
            Arrays.sort(keys, run[0], run[1], byTitle);
            for (int i = run[0]; i < run[1]; i++) keys[i].collationKey = null;
        });
        List<Article> out = new ArrayList<>(keys.length);
        for (Key k : keys) out.add(k.article);
        return out;
    }

    /** An article with its date as numbers (undated: zeros), and its title's collation key while its run is sorted. */
    private static final class Key {
        final Article article;
        final boolean dated;
        final long second;
        final int nano;
        CollationKey collationKey;

        Key(Article a) {
            article = a;
            dated = a.dated();
            second = dated ? a.published().epochSecond() : 0;
            nano = dated ? a.published().nano() : 0;
        }
    }
}
