package org.gazette.render;

import org.gazette.config.Layout;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.Term;
import org.gazette.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    Cards(Site site, Map<String, String> translations) {
        this.site = site;
        this.dates = new DateFormats(translations, site.config().locale());
        this.kept = new Kept[Math.min(SLOTS, Integer.highestOneBit(Math.max(1, site.articles().size()) * 2 - 1))];
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

    List<Views.CardView> cards(int[] indexes, int from, int to) {
        List<Views.CardView> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) out.add(card(indexes[i]));
        return out;
    }

    static Views.TermLink termLink(Term t) {
        return new Views.TermLink(t.name(), t.path(), t.count(), t.hasPage());
    }
}
