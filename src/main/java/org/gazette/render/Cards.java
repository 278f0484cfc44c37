package org.gazette.render;

import org.gazette.config.Layout;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.Term;
import org.gazette.text.Folding;
import org.gazette.text.RadixSort;
import org.gazette.text.StringHash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the views of articles and terms that lists and article pages share. Cards of site
 * articles are built once and kept while they are in use, and hashed once per build ({@link
 * ArticleViews}).
 *
 * <p>A card is made of its article, the links to its category and tags (without their counts, so
 * that a card stays the same while articles join and leave its tags), and the date formats; the
 * last come from the translations and the site's locale, which every page's fingerprint holds
 * already. Its hash is therefore the article's {@link Article#digest} with the links' values.
 */
final class Cards {
    private static final long SALT = 0x43617264L; // "Card"

    private final Site site;
    private final DateFormats dates;
    private final ArticleViews<Views.CardView> views;
    /** Tags by the names articles give them (one instance per name): each name folded once, not on every card. */
    private final ConcurrentHashMap<String, Known> tagsByName = new ConcurrentHashMap<>();
    /** {@link #refHash} of each category, by key. */
    private final Map<String, Long> categoryHashes = new HashMap<>();
    /** Site articles by the hash of their path, sorted, with their indexes: which article a card shows. */
    private final long[] pathHashes;
    private final int[] pathIndexes;

    /** A tag and the hash of its link's values; {@code term} null when the site has no such tag. */
    private record Known(Term term, long hash) { }

    Cards(Site site, Map<String, String> translations) {
        this.site = site;
        this.dates = new DateFormats(translations, site.config().locale());
        this.views = new ArticleViews<>(site.articles().size(), i -> card(site.articles().get(i)),
                i -> hash(site.articles().get(i)));
        for (Term c : site.categories()) categoryHashes.put(c.key(), refHash(c));
        this.pathHashes = new long[site.articles().size()];
        for (int i = 0; i < pathHashes.length; i++) pathHashes[i] = StringHash.of(site.articles().get(i).path());
        this.pathIndexes = RadixSort.sortSigned(pathHashes);
    }

    DateFormats dates() {
        return dates;
    }

    /** The card of the site article at {@code index}. */
    Views.CardView card(int index) {
        return views.get(index);
    }

    Views.CardView card(Article a) {
        List<Views.TermRef> tags = new ArrayList<>(a.tags().size());
        for (String name : a.tags()) {
            Term t = tag(name).term();
            if (t != null) tags.add(new Views.TermRef(name, t.path(), t.hasPage()));
        }
        String iso = a.published() == null ? null : a.published().iso();
        String archive = a.published() == null ? null
                : Layout.archiveMonth(a.published().date().getYear(), a.published().date().getMonthValue());
        return new Views.CardView(a.title(), a.path(), iso, dates.display(a.published()), dates.shortForm(a.published()),
                archive, termRef(site.category(a.categoryKey())), a.summary(), a.author(), a.source(), tags);
    }

    /** What {@link #card(Article)} is made of, as a hash: the article and the values of its links. */
    private long hash(Article a) {
        long h = StringHash.combine(SALT, a.digest());
        h = StringHash.combine(h, categoryHashes.get(a.categoryKey()));
        for (String name : a.tags()) h = StringHash.combine(h, tag(name).hash());
        return h;
    }

    /** The hash of the card of the site article at {@code index} ({@link ArticleViews#hash}), without building it. */
    long hash(int index) {
        return views.hash(index);
    }

    /**
     * The hash of a card for page fingerprints: by its article's index when it shows a site article
     * (every card does but a near-duplicate's own), without reading the card; 0 when it shows none.
     */
    long hashOf(Views.CardView card) {
        long key = StringHash.of(card.path());
        int at = Arrays.binarySearch(pathHashes, key);
        if (at < 0) return 0;
        while (at > 0 && pathHashes[at - 1] == key) at--;
        for (; at < pathHashes.length && pathHashes[at] == key; at++) {
            if (site.articles().get(pathIndexes[at]).path().equals(card.path())) return views.hash(pathIndexes[at]);
        }
        return 0;
    }

    private Known tag(String name) {
        Known k = tagsByName.get(name);
        if (k == null) {
            Term t = site.tags().get(Folding.key(name));
            k = new Known(t, t == null ? 0 : StringHash.combine(StringHash.of(name), refHash(t)));
            tagsByName.putIfAbsent(name, k);
        }
        return k;
    }

    /** A hash of the values {@link #termRef} takes of a term. */
    private static long refHash(Term t) {
        long h = StringHash.combine(StringHash.of(t.path()), t.hasPage() ? 1 : 2);
        return StringHash.combine(h, StringHash.of(t.name()));
    }

    /** The cards of the site articles {@code indexes[from..to)}, built when read; {@code indexes} null for {@code from..to} themselves. */
    List<Views.CardView> cards(int[] indexes, int from, int to) {
        return views.list(indexes, from, to);
    }

    static Views.TermLink termLink(Term t) {
        return new Views.TermLink(t.name(), t.path(), t.count(), t.hasPage());
    }

    static Views.TermRef termRef(Term t) {
        return new Views.TermRef(t.name(), t.path(), t.hasPage());
    }
}
