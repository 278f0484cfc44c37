package org.gazette.site;

import org.gazette.text.KeyMemo;
import org.gazette.text.StringHash;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * Related articles for every article, by shared tags, in time that grows linearly with the
 * archive: for each of an article's tags only the {@link #WINDOW} articles on either side of it in
 * that tag's list (which is in site order, so close in time) are candidates. A shared tag counts
 * more the rarer it is; a shared category adds a little; closeness in time breaks ties.
 */
public final class Related {
    /** Related articles per article. */
    public static final int COUNT = 5;
    /** Neighbours considered on each side of an article in each of its tags' lists. */
    static final int WINDOW = 40;
    /** Articles per unit of parallel work. */
    private static final int BLOCK = 2048;

    /** {@link #COUNT} slots per article, best first, unused slots -1: one array, not an array per article. */
    private final int[] related;
    /** A hash of what {@link #related} was computed from: the articles' categories and tags, in site order. */
    private final long inputs;

    private Related(int[] related, long inputs) {
        this.related = related;
        this.inputs = inputs;
    }

    int[] slots() {
        return related;
    }

    long inputs() {
        return inputs;
    }

    /** Indexes of the articles related to article {@code index}, best first. */
    public int[] of(int index) {
        int from = index * COUNT;
        int to = from;
        while (to < from + COUNT && related[to] >= 0) to++;
        return Arrays.copyOfRange(related, from, to);
    }

    /**
     * @param memo an earlier build's related articles, taken when they were computed from the same
     *             categories and tags in the same order (the tags' lists, and so every score, are
     *             made of those)
     */
    static Related compute(List<Article> ordered, Map<String, Term> tags, KeyMemo keys, AssemblyMemo memo) {
        int n = ordered.size();
        Term[][] articleTags = new Term[n][];
        long[] articleInputs = new long[n];
        // categories as numbers: comparing strings of articles scattered on the heap took most of the time
        int[] category = new int[n];
        Map<String, Integer> categoryNumbers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            category[i] = categoryNumbers.computeIfAbsent(ordered.get(i).categoryKey(), k -> categoryNumbers.size());
        }
        // each article's terms are its own to look up: on every core
        IntStream.range(0, n).parallel().forEach(i -> {
            Article a = ordered.get(i);
            Term[] ts = new Term[a.tags().size()];
            long h = StringHash.of(a.categoryKey());
            int k = 0;
            for (String name : a.tags()) {
                String key = keys.key(name);
                h = StringHash.combine(h, StringHash.of(key));
                Term t = tags.get(key);
                if (t != null && t.count() > 1) ts[k++] = t;
            }
            articleTags[i] = Arrays.copyOf(ts, k);
            articleInputs[i] = h;
        });
        long inputs = n;
        for (long h : articleInputs) inputs = StringHash.combine(inputs, h);
        int[] known = memo.related(inputs);
        if (known != null && known.length == n * COUNT) return new Related(known, inputs);
        int[] out = new int[n * COUNT];
        Arrays.fill(out, -1);
        // Each article's slots are its own and it only reads what is shared: articles are scored in
        // parallel, in blocks, each worker with its own scratch arrays.
        int blocks = (n + BLOCK - 1) / BLOCK;
        Queue<Scratch> idle = new ConcurrentLinkedQueue<>();
        IntStream.range(0, blocks).parallel().forEach(b -> {
            Scratch s = idle.poll();
            if (s == null) s = new Scratch(n);
            for (int i = b * BLOCK, end = Math.min(n, i + BLOCK); i < end; i++) {
                relate(i, articleTags, category, n, s, out);
            }
            idle.add(s);
        });
        return new Related(out, inputs);
    }

    /** Scores article {@code i}'s candidates and puts the best in its slots of {@code out}. */
    private static void relate(int i, Term[][] articleTags, int[] category, int n, Scratch s, int[] out) {
        double[] score = s.score;
        int[] touched = s.touched;
        int touchedCount = 0;
        for (Term t : articleTags[i]) {
            double idf = Math.log(1.0 + (double) n / t.count());
            int[] list = t.articles();
            int pos = Arrays.binarySearch(list, i);
            int from = Math.max(0, pos - WINDOW), to = Math.min(list.length, pos + WINDOW + 1);
            for (int p = from; p < to; p++) {
                int j = list[p];
                if (j == i) continue;
                if (score[j] == 0) touched[touchedCount++] = j;
                score[j] += idf;
            }
        }
        for (int c = 0; c < touchedCount; c++) {
            int j = touched[c];
            if (category[j] == category[i]) score[j] += 0.1;
        }
        int[] best = best(i, touched, touchedCount, score);
        System.arraycopy(best, 0, out, i * COUNT, best.length);
        for (int c = 0; c < touchedCount; c++) score[touched[c]] = 0;
    }

    /** A worker's scores by article, all zero between articles, and the articles it touched. */
    private static final class Scratch {
        final double[] score;
        final int[] touched;

        Scratch(int n) {
            score = new double[n];
            touched = new int[n];
        }
    }

    /** The {@link #COUNT} best candidates: highest score, then closest in site order, then lowest index. */
    private static int[] best(int i, int[] candidates, int count, double[] score) {
        int[] top = new int[Math.min(COUNT, count)];
        int size = 0;
        for (int k = 0; k < count; k++) {
            int j = candidates[k];
            // Insertion into a sorted array of at most COUNT: cheaper than sorting all candidates.
            int pos = size;
            while (pos > 0 && better(j, top[pos - 1], i, score)) pos--;
            if (pos >= top.length) continue;
            int end = Math.min(size, top.length - 1);
            System.arraycopy(top, pos, top, pos + 1, end - pos);
            top[pos] = j;
            if (size < top.length) size++;
        }
        return top;
    }

    private static boolean better(int a, int b, int i, double[] score) {
        int s = Double.compare(score[a], score[b]);
        if (s != 0) return s > 0;
        int d = Integer.compare(Math.abs(a - i), Math.abs(b - i));
        return d != 0 ? d < 0 : a < b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Related r && Arrays.equals(related, r.related);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(related);
    }

    @Override
    public String toString() {
        return "Related[" + related.length / COUNT + " articles]";
    }
}
