package org.gazette.render;

import org.gazette.config.Layout;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.Term;
import org.gazette.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.ToLongFunction;

/**
 * Builds the views of articles and terms that lists and article pages share.
 *
 * <p>An article's card appears on many pages (its category's and each tag's lists, its neighbours'
 * and related articles' pages), and building one looks up every tag and formats two dates. Cards
 * of site articles are therefore kept in a fixed-size table, slot by article index: memory stays
 * bounded on any archive size, and a card, a pure function of the site, is the same whether it
 * was built now or kept. Thread-safe: a slot holds an immutable {@link Kept}, so a thread sees
 * either a whole entry or none, and at worst builds a card twice.
 */
final class Cards {
    /** Slots of the card table: a power of two, enough for a large archive's working set. */
    private static final int SLOTS = 1 << 15;

    private record Kept(int index, Views.CardView card) { }

    private final Site site;
    private final DateFormats dates;
    private final Kept[] kept;
    /** By article index: its card's hash, 0 until asked ({@link #hash}). */
    private final AtomicLongArray hashes;

    Cards(Site site, Map<String, String> translations) {
        this.site = site;
        this.dates = new DateFormats(translations, site.config().locale());
        this.kept = new Kept[Math.min(SLOTS, Integer.highestOneBit(Math.max(1, site.articles().size()) * 2 - 1))];
        this.hashes = new AtomicLongArray(site.articles().size());
    }

    /**
     * The hash of the card of the site article at {@code index}, as {@code hasher} computes it, kept
     * for the rest of the build (8 bytes an article): an article's card is on many pages.
     */
    long hash(int index, ToLongFunction<Views.CardView> hasher) {
        long h = hashes.get(index);
        if (h == 0) {
            h = hasher.applyAsLong(card(index));
            if (h == 0) h = 1;
            hashes.set(index, h);
        }
        return h;
    }

    DateFormats dates() {
        return dates;
    }

    /** The card of the site article at {@code index}. */
    Views.CardView card(int index) {
        int slot = index & (kept.length - 1);
        Kept k = kept[slot];
        if (k != null && k.index() == index) return k.card();
        Views.CardView card = card(site.articles().get(index));
        kept[slot] = new Kept(index, card);
        return card;
    }

    Views.CardView card(Article a) {
        List<Views.TermLink> tags = new ArrayList<>(a.tags().size());
        for (String name : a.tags()) {
            Term t = site.tags().get(Folding.key(name));
            if (t != null) tags.add(new Views.TermLink(name, t.path(), t.count(), t.hasPage()));
        }
        String iso = a.published() == null ? null : a.published().iso();
        String archive = a.published() == null ? null
                : Layout.archiveMonth(a.published().date().getYear(), a.published().date().getMonthValue());
        return new Views.CardView(a.title(), a.path(), iso, dates.display(a.published()), dates.shortForm(a.published()),
                archive, termLink(site.category(a.categoryKey())), a.summary(), a.author(), a.source(), tags);
    }

    /** The cards of the site articles {@code indexes[from..to)}, built when read; {@code indexes} null for {@code from..to} themselves. */
    List<Views.CardView> cards(int[] indexes, int from, int to) {
        return new CardList(this, indexes, from, to);
    }

    static Views.TermLink termLink(Term t) {
        return new Views.TermLink(t.name(), t.path(), t.count(), t.hasPage());
    }
}
