package org.gazette.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import org.gazette.config.Layout;
import org.gazette.config.SiteConfig;
import org.gazette.content.Block;
import org.gazette.site.Archive;
import org.gazette.site.Article;
import org.gazette.site.Copy;
import org.gazette.site.Site;
import org.gazette.site.Term;
import org.gazette.text.Folding;
import org.gazette.text.StringHash;

import java.text.Collator;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the data model of each page: the same {@code site}, {@code t} (translations) and link
 * functions for all, plus {@code page} and the kind's own data ({@code article}, {@code list},
 * {@code groups}, {@code archive}, {@code feed}, {@code sitemap}). Templates get data only, never
 * services.
 */
public final class PageModels {
    private static final long STAND_IN = 0x5374616e64496eL; // "StandIn"
    private final Site site;
    private final Links links;
    private final Map<String, String> translations;
    private final BodySource bodies;
    private final Cards cards;
    private final FeedModels feeds;
    private final SitemapModels sitemaps;
    private final Views.SiteView siteView;
    private final DateTimeFormatter monthTitle;

    /** @param search whether the site has a search page, so that every page shows the search box */
    public PageModels(Site site, Links links, Map<String, String> translations, BodySource bodies, SitePlan plan,
                      boolean search) {
        this.site = site;
        this.links = links;
        this.translations = translations;
        this.bodies = bodies;
        SiteConfig c = site.config();
        this.cards = new Cards(site, translations);
        this.feeds = new FeedModels(site, links, translations);
        this.sitemaps = new SitemapModels(site, links, plan);
        this.monthTitle = DateTimeFormatter.ofPattern(translations.getOrDefault("monthFormat", "MMMM yyyy"), c.locale());
        List<Views.TermRef> categories = site.categories().stream().map(Cards::termRef).toList();
        this.siteView = new Views.SiteView(c.title(), c.description(), c.language(), ogLocale(c.locale()),
                links.absolute("/"), links.portable(), categories, c.params(), search);
    }

    public Map<String, Object> model(Page page) {
        return model(page, page.kind() == PageKind.ARTICLE ? () -> bodies.body(site.articles().get(page.index())) : null);
    }

    /**
     * The model of a page; an article page's body comes from {@code body} (null for other pages),
     * when a template reads it.
     */
    public Map<String, Object> model(Page page, Supplier<List<Block>> body) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", siteView);
        m.put("t", translations);
        m.put("url", (TemplateMethodModelEx) args -> new SimpleScalar(links.href(page.path(), stringArg(args, "url"))));
        m.put("abs", (TemplateMethodModelEx) args -> new SimpleScalar(links.absolute(stringArg(args, "abs"))));
        String description = null;
        String canonical = links.absolute(page.path());
        List<String> jsonLd = List.of();
        switch (page.kind()) {
            case ARTICLE -> {
                Article a = site.articles().get(page.index());
                description = a.summary();
                m.put("article", article(page.index(), a, body));
                String section = site.config().categoryName(a.categoryKey());
                String categoryPath = site.category(a.categoryKey()).path();
                // made of the article's card, the page's links and the site's, all in the model
                jsonLd = new DerivedList<>(() -> List.of(
                        JsonLd.newsArticle(a, links.absolute(a.path()), section, site.config().language(), site.config().title()),
                        JsonLd.breadcrumbs(List.of(
                                new JsonLd.Crumb(translations.getOrDefault("home", "Home"), links.absolute("/")),
                                new JsonLd.Crumb(section, links.absolute(categoryPath)),
                                new JsonLd.Crumb(a.title(), links.absolute(a.path()))))));
            }
            case COPY -> {
                Copy c = site.copies().get(page.index());
                description = c.article().summary();
                m.put("article", copy(c));
                // search engines credit the original: the copy's canonical link is the original's URL
                canonical = links.absolute(site.articles().get(c.canonical()).path());
            }
            case HOME, CATEGORY, TAG, ARCHIVE_MONTH, ARCHIVE_UNDATED -> {
                m.put("list", list(page));
                String name = title(page);
                jsonLd = new DerivedList<>(() -> List.of(JsonLd.collectionPage(name, links.absolute(page.path()),
                        site.config().title(), links.absolute("/"))));
            }
            // the page not found offers the categories too
            case CATEGORIES, NOT_FOUND -> m.put("groups", List.of(new Views.TermGroup("",
                    site.categories().stream().map(Cards::termLink).toList())));
            case TAGS -> m.put("groups", tagGroups());
            case ARCHIVE, ARCHIVE_YEAR -> m.put("archive", archive(page));
            case RSS, ATOM -> m.put("feed", feeds.feed(page));
            case SITEMAP -> m.put("sitemap", sitemaps.sitemap(page));
            case SITEMAP_INDEX -> m.put("sitemap", sitemaps.index(page));
            default -> { }
        }
        m.put("page", new Views.PageView(page.kind().id(), title(page), description, page.path(),
                canonical, page.number(), feeds.feedsFor(page), jsonLd));
        return m;
    }

    /**
     * What a page's fingerprint is taken of instead of its model, or null for a page whose model is
     * hashed as it is. A stand-in holds the same site and translations as the model and one number
     * made of the rest, from hashes the build keeps per article, so an unchanged page is known
     * without building its model:
     * <ul>
     *   <li>an article page's model is made of the article (its {@link Article#digest}: title,
     *       summary, path, params), its card, body, related articles, the newer and older article
     *       of its category, and the site's links;</li>
     *   <li>a list's (home, category, tag, month, undated) of its title, term, page number and
     *       count, and its articles' cards;</li>
     *   <li>a feed's of its term's name and path and its entries' feed items (the newest entry's
     *       date is its own);</li>
     *   <li>the tag index's of every tag with a page: its key, name, path and count.</li>
     * </ul>
     */
    public Map<String, Object> fingerprintStandIn(Page page) {
        long key = switch (page.kind()) {
            case ARTICLE -> articleKey(page);
            case HOME, CATEGORY, TAG, ARCHIVE_MONTH, ARCHIVE_UNDATED -> listKey(page);
            case RSS, ATOM -> feeds.standIn(page);
            case TAGS -> tagsKey(page);
            default -> 0;
        };
        if (key == 0) return null;
        key = StringHash.combine(StringHash.combine(StringHash.combine(STAND_IN, StringHash.of(page.kind().id())), key),
                StringHash.of(page.path()));
        Map<String, Object> m = new HashMap<>();
        m.put("site", siteView);
        m.put("t", translations);
        m.put("standIn", key);
        return m;
    }

    /** What an article page's model is made of besides the site; 0 when its body is known only by its text. */
    private long articleKey(Page page) {
        int index = page.index();
        Article a = site.articles().get(index);
        long body = bodies.bodyHash(a);
        if (body == 0) return 0;
        long key = StringHash.combine(a.digest(), cards.hash(index));
        key = StringHash.combine(key, body);
        int[] related = site.related().of(index);
        key = StringHash.combine(key, related.length);
        for (int r : related) key = StringHash.combine(key, cards.hash(r));
        int[] inCategory = site.category(a.categoryKey()).articles();
        int pos = Arrays.binarySearch(inCategory, index);
        key = StringHash.combine(key, pos > 0 ? cards.hash(inCategory[pos - 1]) : 0);
        return StringHash.combine(key, pos + 1 < inCategory.length ? cards.hash(inCategory[pos + 1]) : 0);
    }

    /** What a list page's model is made of besides the site: as {@link #list} and {@link #title} read it. */
    private long listKey(Page page) {
        long key = StringHash.combine(StringHash.of(title(page)), page.number());
        key = StringHash.combine(key, page.total());
        Term term = page.term();
        if (term != null) {
            key = StringHash.combine(StringHash.combine(key, StringHash.of(term.name())), StringHash.of(term.path()));
            key = StringHash.combine(key, term.count());
        }
        int per = site.config().paginate();
        int from = (page.number() - 1) * per;
        int size = term == null ? site.articles().size() : term.count();
        int to = Math.min(size, from + per);
        key = StringHash.combine(key, Math.max(0, to - from));
        for (int i = from; i < to; i++) key = StringHash.combine(key, cards.hash(term == null ? i : term.articles()[i]));
        return key == 0 ? 1 : key;
    }

    /** What the tag index's model is made of besides the site: as {@link #tagGroups} reads it, without collating. */
    private long tagsKey(Page page) {
        long key = StringHash.of(title(page));
        for (Term t : site.tags().values()) {
            if (!t.hasPage()) continue;
            key = StringHash.combine(key, StringHash.of(t.key()));
            key = StringHash.combine(StringHash.combine(key, StringHash.of(t.name())), StringHash.of(t.path()));
            key = StringHash.combine(key, t.count());
        }
        return key == 0 ? 1 : key;
    }

    /** The hash of a card for page fingerprints, without reading it; 0 when it shows no site article. */
    long cardHash(Views.CardView card) {
        return cards.hashOf(card);
    }

    /** The page's own title, without the site name (templates add that). */
    private String title(Page page) {
        return switch (page.kind()) {
            case HOME, RSS, ATOM, SITEMAP, SITEMAP_INDEX, ROBOTS -> site.config().title();
            case ARTICLE -> site.articles().get(page.index()).title();
            case COPY -> site.copies().get(page.index()).article().title();
            case CATEGORY, TAG, ARCHIVE_YEAR -> page.term().name();
            case ARCHIVE_MONTH -> capitalize(monthTitle.format(YearMonth.parse(page.term().key())));
            case ARCHIVE_UNDATED -> translations.getOrDefault("undatedArticles", "Undated articles");
            case CATEGORIES -> translations.getOrDefault("categories", "Categories");
            case TAGS -> translations.getOrDefault("tags", "Tags");
            case ARCHIVE -> translations.getOrDefault("archive", "Archive");
            case NOT_FOUND -> translations.getOrDefault("notFoundTitle", "Page not found");
            case SEARCH -> translations.getOrDefault("searchTitle", "Search");
        };
    }

    private Views.ArticleView article(int index, Article a, Supplier<List<Block>> blocks) {
        int[] relatedIndexes = site.related().of(index);
        List<Views.CardView> related = cards.cards(relatedIndexes, 0, relatedIndexes.length);
        int[] inCategory = site.category(a.categoryKey()).articles();
        int pos = Arrays.binarySearch(inCategory, index);
        Views.CardView newer = pos > 0 ? cards.card(inCategory[pos - 1]) : null;
        Views.CardView older = pos + 1 < inCategory.length ? cards.card(inCategory[pos + 1]) : null;
        BodyView body = new BodyView(blocks, bodies.bodyHash(a));
        return new Views.ArticleView(cards.card(index), body, a.params(), related, newer, older, null);
    }

    /** A near-duplicate's page: its own text, and a link to the article it copies. */
    private Views.ArticleView copy(Copy c) {
        BodyView body = new BodyView(() -> bodies.body(c.article()), bodies.bodyHash(c.article()));
        return new Views.ArticleView(cards.card(c.article()), body, c.article().params(), List.of(), null, null,
                cards.card(c.canonical()));
    }

    private Views.ListView list(Page page) {
        int per = site.config().paginate();
        int from = (page.number() - 1) * per;
        List<Views.CardView> items;
        if (page.term() == null) {
            items = cards.cards(null, from, Math.min(site.articles().size(), from + per));
        } else {
            int[] idx = page.term().articles();
            items = cards.cards(idx, from, Math.min(idx.length, from + per));
        }
        String base = page.term() == null ? "/" : page.term().path();
        Views.TermLink term = page.term() == null ? null
                : new Views.TermLink(title(page), page.term().path(), page.term().count(), true);
        return new Views.ListView(term, items, Pager.of(base, page.number(), page.total()));
    }

    /** The archive index (years) or one year (its months), with counts. */
    private Views.ArchiveView archive(Page page) {
        List<Views.TermLink> entries = new ArrayList<>();
        if (page.kind() == PageKind.ARCHIVE) {
            for (Archive.Year y : site.archive().years()) {
                entries.add(new Views.TermLink(String.valueOf(y.year()), Layout.archiveYear(y.year()), y.count(), true));
            }
        } else {
            int year = Integer.parseInt(page.term().key());
            for (Archive.Year y : site.archive().years()) {
                if (y.year() != year) continue;
                for (Archive.Month mo : y.months()) {
                    entries.add(new Views.TermLink(capitalize(monthTitle.format(YearMonth.of(mo.year(), mo.month()))),
                            Layout.archiveMonth(mo.year(), mo.month()), mo.count(), true));
                }
            }
        }
        int undated = site.archive().undated().length;
        Views.TermLink undatedLink = undated == 0 ? null : new Views.TermLink(
                translations.getOrDefault("undatedArticles", "Undated articles"), Layout.ARCHIVE_UNDATED, undated, true);
        return new Views.ArchiveView(entries, undatedLink);
    }

    /** Tags with pages, sorted in the site language's collation and grouped by first letter. */
    private List<Views.TermGroup> tagGroups() {
        Collator collator = Collator.getInstance(site.config().locale());
        List<Term> terms = new ArrayList<>();
        for (Term t : site.tags().values()) if (t.hasPage()) terms.add(t);
        terms.sort((a, b) -> {
            int c = collator.compare(a.name(), b.name());
            return c != 0 ? c : a.key().compareTo(b.key());
        });
        Map<String, List<Views.TermLink>> groups = new LinkedHashMap<>();
        for (Term t : terms) groups.computeIfAbsent(initial(t.name()), k -> new ArrayList<>()).add(Cards.termLink(t));
        List<Views.TermGroup> out = new ArrayList<>();
        groups.forEach((label, list) -> out.add(new Views.TermGroup(label, list)));
        return out;
    }

    /** The letter a name files under: Đ and Ă stay letters of their own, tone marks do not count. */
    static String initial(String name) {
        String t = Folding.toneless(name.strip());
        if (t.isEmpty()) return "#";
        int cp = t.codePointAt(0);
        return Character.isLetter(cp) ? new String(Character.toChars(cp)).toUpperCase(Locale.ROOT) : "#";
    }

    private String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(site.config().locale()) + s.substring(1);
    }

    private static String ogLocale(Locale l) {
        String lang = l.getLanguage();
        String country = l.getCountry().isEmpty() ? switch (lang) {
            case "vi" -> "VN";
            case "en" -> "US";
            default -> lang.toUpperCase(Locale.ROOT);
        } : l.getCountry();
        return lang + "_" + country;
    }

    private static String stringArg(List<?> args, String fn) throws TemplateModelException {
        if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel s)) {
            throw new TemplateModelException(fn + "(path) takes one string");
        }
        String v = s.getAsString();
        return v == null ? "" : v;
    }
}
