package org.gazette.render;

import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * One kind of view of the site's articles (a card, a feed item), built on demand by article index.
 *
 * <p>An article's view appears on many pages (its category's and each tag's lists and feeds, its
 * neighbours' and related articles' pages), and building one unpacks its text and formats dates.
 * Views are therefore kept in a fixed-size table, slot by article index: memory stays bounded on any
 * archive size, and a view, a pure function of the site, is the same whether it was built now or
 * kept. Its hash for page fingerprints is made of what the view is made of ({@link
 * org.gazette.site.Article#digest}, the terms it links to), so a page whose fingerprint is unchanged
 * builds none of its views; it is kept for the whole build, 8 bytes an article. Thread-safe:
 * a slot holds an immutable entry, so a thread sees either a whole entry or none, and at worst
 * builds a view twice.
 *
 * @param <V> the view, a record
 */
final class ArticleViews<V> {
    /** Slots of the table: a power of two, enough for a large archive's working set. */
    private static final int SLOTS = 1 << 15;

    private record Kept<V>(int index, V view) { }

    private final IntFunction<V> build;
    private final IntToLongFunction hash;
    private final Kept<V>[] kept;
    /** By article index: its view's hash, 0 until asked ({@link #hash}). */
    private final AtomicLongArray hashes;

    /**
     * @param articles the number of site articles
     * @param build    the view of the site article at an index
     * @param hash     a hash of what that view is made of: equal whenever the views are
     */
    @SuppressWarnings("unchecked")
    ArticleViews(int articles, IntFunction<V> build, IntToLongFunction hash) {
        this.build = build;
        this.hash = hash;
        this.kept = new Kept[Math.min(SLOTS, Integer.highestOneBit(Math.max(1, articles) * 2 - 1))];
        this.hashes = new AtomicLongArray(articles);
    }

    /** The view of the site article at {@code index}. */
    V get(int index) {
        int slot = index & (kept.length - 1);
        Kept<V> k = kept[slot];
        if (k != null && k.index() == index) return k.view();
        V view = build.apply(index);
        kept[slot] = new Kept<>(index, view);
        return view;
    }

    /** The hash of the view of the site article at {@code index}, computed once per build, without building the view. */
    long hash(int index) {
        long h = hashes.get(index);
        if (h == 0) {
            h = hash.applyAsLong(index);
            if (h == 0) h = 1;
            hashes.set(index, h);
        }
        return h;
    }

    /** The views of the site articles {@code indexes[from..to)}, built when read; {@code indexes} null for {@code from..to} themselves. */
    List<V> list(int[] indexes, int from, int to) {
        return new ArticleViewList<>(this, indexes, from, to);
    }
}
