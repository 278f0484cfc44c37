package org.gazette.render;

import java.util.AbstractList;
import java.util.function.ToLongFunction;

/**
 * A list of article cards (a page of a list, an article's related articles), each built when a
 * template reads it. A page whose fingerprint is unchanged is not rendered: its fingerprint takes
 * each card's hash, kept per article for the whole build ({@link #hash}), and its cards are never
 * built. Cards are a pure function of the site, so a card built later is the card hashed now.
 */
final class CardList extends AbstractList<Views.CardView> {
    private final Cards cards;
    /** Article indexes; null for the range {@code from..to} itself (the home page's list). */
    private final int[] indexes;
    private final int from;
    private final int to;

    CardList(Cards cards, int[] indexes, int from, int to) {
        this.cards = cards;
        this.indexes = indexes;
        this.from = from;
        this.to = Math.max(from, to);
    }

    private int index(int i) {
        if (i < 0 || i >= size()) throw new IndexOutOfBoundsException(i);
        return indexes == null ? from + i : indexes[from + i];
    }

    @Override
    public Views.CardView get(int i) {
        return cards.card(index(i));
    }

    @Override
    public int size() {
        return to - from;
    }

    /** The hash of card {@code i}, computed by {@code hasher} once per article and build. */
    long hash(int i, ToLongFunction<Views.CardView> hasher) {
        return cards.hash(index(i), hasher);
    }
}
