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
    /** Slots of the table when not every view fits: a power of two, enough for a large archive's working set. */
    static final int SLOTS = 1 << 15;
    /**
     * Heap a view takes, about, counted high: a card's title, lede, dates, path and tag links (a
     * Vietnamese lede alone is some 500 bytes as a string).
     */
    static final long VIEW_BYTES = 2048;
    /** Heap the rest of the build holds per article while it renders: 1.22 GB live at a million articles. */
    static final long SITE_BYTES_PER_ARTICLE = 1300;
    /** Tables of views a build keeps at once (cards and feed items). */
    private static final int TABLES = 2;

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
        this.kept = new Kept[slots(articles, Runtime.getRuntime().maxMemory())];
        this.hashes = new AtomicLongArray(articles);
    }

    /**
     * Slots for {@code articles}: one per article (a power of two) when the views of every article
     * in every table fit in half the heap the rest of the build leaves, so each view is built once;
     * else {@link #SLOTS}, a working set. At 100,000 articles in a 1 GB heap every card is then
     * built once instead of about three times in render order (the render step 14% faster); at a
     * million in 2 GB the table stays small.
     */
    static int slots(int articles, long maxHeap) {
        int all = Integer.highestOneBit(Math.max(1, articles) * 2 - 1);
        long free = maxHeap - articles * SITE_BYTES_PER_ARTICLE;
        boolean everyViewFits = (long) TABLES * articles * VIEW_BYTES <= free / 2;
        return everyViewFits ? all : Math.min(SLOTS, all);
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
