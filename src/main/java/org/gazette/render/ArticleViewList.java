package org.gazette.render;

import java.util.AbstractList;

/**
 * A list of article views (a page of a list, an article's related articles, a feed's items), each
 * built when a template reads it. A page whose fingerprint is unchanged is not rendered: its
 * fingerprint takes each view's hash, kept per article for the whole build ({@link #hash}), and its
 * views are never built. Views are a pure function of the site, so a view built later is the view
 * hashed now.
 */
final class ArticleViewList<V> extends AbstractList<V> {
    private final ArticleViews<V> views;
    /** Article indexes; null for the range {@code from..to} itself (the home page's list). */
    private final int[] indexes;
    private final int from;
    private final int to;

    ArticleViewList(ArticleViews<V> views, int[] indexes, int from, int to) {
        this.views = views;
        this.indexes = indexes;
        this.from = from;
        this.to = Math.max(from, to);
    }

    private int index(int i) {
        if (i < 0 || i >= size()) throw new IndexOutOfBoundsException(i);
        return indexes == null ? from + i : indexes[from + i];
    }

    @Override
    public V get(int i) {
        return views.get(index(i));
    }

    @Override
    public int size() {
        return to - from;
    }

    /** The hash of view {@code i} ({@link ArticleViews#hash}), computed once per article and build. */
    long hash(int i) {
        return views.hash(index(i));
    }
}
