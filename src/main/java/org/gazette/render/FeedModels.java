package org.gazette.render;

import org.gazette.config.Layout;
import org.gazette.content.PublishedAt;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.Term;
import org.gazette.text.StringHash;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The models of RSS 2.0 and Atom feeds: the latest dated articles of the site, a category or a
 * tag, with absolute links and dates in RFC 822 (RSS) and RFC 3339 (Atom). A feed's own date is its
 * newest entry's, never the build time, so an unchanged archive gives unchanged feeds.
 */
final class FeedModels {
    /** Entries per feed. */
    static final int ITEMS = 50;
    private static final long SALT = 0x4665656449L; // "FeedI"

    private final Site site;
    private final Links links;
    private final Map<String, String> translations;
    /** An article is an item of its category's feed, each of its tags' and maybe the site's: built once. */
    private final ArticleViews<Views.FeedItem> items;

    FeedModels(Site site, Links links, Map<String, String> translations) {
        this.site = site;
        this.links = links;
        this.translations = translations;
        // an item is made of its article and its category's name; the links' base is in every page's fingerprint
        this.items = new ArticleViews<>(site.articles().size(), i -> item(site.articles().get(i)), i -> {
            Article a = site.articles().get(i);
            return StringHash.combine(StringHash.combine(SALT, a.digest()),
                    StringHash.of(site.config().categoryName(a.categoryKey())));
        });
    }

    Views.FeedView feed(Page page) {
        Term term = page.term();
        int[] entries = latest(term);
        String title = term == null ? site.config().title() : term.name() + " – " + site.config().title();
        String description = term == null ? site.config().description()
                : translations.getOrDefault("feedDescription", "Latest articles:") + " " + term.name();
        String listPath = term == null ? "/" : term.path();
        PublishedAt updated = entries.length == 0 ? null : site.articles().get(entries[0]).published();
        return new Views.FeedView(title, description, links.absolute(listPath), links.absolute(page.path()),
                site.config().language(), iso(updated), rfc822(updated), items.list(entries, 0, entries.length));
    }

    /**
     * What a feed's model is made of besides the site and the translations (see {@link
     * PageModels#fingerprintStandIn}): its term's name and path, and its entries' items, whose
     * articles' dates give the feed's own. Never 0.
     */
    long standIn(Page page) {
        Term term = page.term();
        int[] entries = latest(term);
        long h = term == null ? 1 : StringHash.combine(StringHash.of(term.name()), StringHash.of(term.path()));
        h = StringHash.combine(h, entries.length);
        for (int e : entries) h = StringHash.combine(h, items.hash(e));
        return h == 0 ? 1 : h;
    }

    /** The feeds a page of this kind advertises: the site's, plus its category's or tag's. */
    List<Views.FeedLink> feedsFor(Page page) {
        List<Views.FeedLink> out = new ArrayList<>(2);
        out.add(new Views.FeedLink(site.config().title(), "/" + Layout.RSS_FILE, "/" + Layout.ATOM_FILE));
        Term term = switch (page.kind()) {
            case CATEGORY, TAG -> page.term();
            case ARTICLE -> site.category(site.articles().get(page.index()).categoryKey());
            default -> null;
        };
        if (term != null) {
            out.add(new Views.FeedLink(term.name() + " – " + site.config().title(),
                    term.path() + Layout.RSS_FILE, term.path() + Layout.ATOM_FILE));
        }
        return out;
    }

    /** The newest dated articles of a term (or the site); undated ones have no place in a feed. */
    private int[] latest(Term term) {
        int n = term == null ? site.articles().size() : term.count();
        int[] out = new int[Math.min(n, ITEMS)];
        int count = 0;
        for (; count < out.length; count++) {
            int index = term == null ? count : term.articles()[count];
            // Site order puts undated articles last: the first one ends the dated run.
            if (!site.articles().get(index).dated()) break;
            out[count] = index;
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    private Views.FeedItem item(Article a) {
        return new Views.FeedItem(a.title(), links.absolute(a.path()), a.summary(), iso(a.published()),
                rfc822(a.published()), a.author(), site.config().categoryName(a.categoryKey()), a.tags());
    }

    /** RFC 3339, as Atom wants it; the epoch when nothing is dated, since Atom requires a date. */
    private static String iso(PublishedAt p) {
        return p == null ? "1970-01-01T00:00:00Z" : p.offsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** RFC 822 with a four-digit year, as RSS 2.0 wants it. */
    private static String rfc822(PublishedAt p) {
        return p == null ? null : DateTimeFormatter.RFC_1123_DATE_TIME.format(p.offsetDateTime());
    }
}
