package org.gazette.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import org.gazette.config.SiteConfig;
import org.gazette.content.Block;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.Term;
import org.gazette.text.Folding;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the data model of each page: the same {@code site}, {@code t} (translations) and link
 * functions for all, plus {@code page} and the kind's own data ({@code article}, {@code list},
 * {@code groups}). Templates get data only, never services.
 */
public final class PageModels {
    private final Site site;
    private final Links links;
    private final Map<String, String> translations;
    private final DateFormats dates;
    private final BodySource bodies;
    private final Views.SiteView siteView;

    /** @param search whether the site has a search page, so that every page shows the search box */
    public PageModels(Site site, Links links, Map<String, String> translations, BodySource bodies, boolean search) {
        this.site = site;
        this.links = links;
        this.translations = translations;
        this.bodies = bodies;
        SiteConfig c = site.config();
        this.dates = new DateFormats(translations, c.locale());
        List<Views.TermLink> categories = site.categories().stream().map(PageModels::termLink).toList();
        this.siteView = new Views.SiteView(c.title(), c.description(), c.language(), ogLocale(c.locale()),
                links.absolute("/"), links.portable(), categories, c.params(), search);
    }

    public Map<String, Object> model(Page page) {
        return model(page, page.kind() == PageKind.ARTICLE ? bodies.body(site.articles().get(page.index())) : null);
    }

    /** The model of a page whose article body the caller already fetched (null for other pages). */
    public Map<String, Object> model(Page page, List<Block> body) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", siteView);
        m.put("t", translations);
        m.put("url", (TemplateMethodModelEx) args -> new SimpleScalar(links.href(page.path(), stringArg(args, "url"))));
        m.put("abs", (TemplateMethodModelEx) args -> new SimpleScalar(links.absolute(stringArg(args, "abs"))));
        String title = switch (page.kind()) {
            case HOME -> site.config().title();
            case ARTICLE -> site.articles().get(page.index()).title();
            case CATEGORY, TAG -> page.term().name();
            case CATEGORIES -> translations.getOrDefault("categories", "Categories");
            case TAGS -> translations.getOrDefault("tags", "Tags");
            case NOT_FOUND -> translations.getOrDefault("notFoundTitle", "Page not found");
            case SEARCH -> translations.getOrDefault("searchTitle", "Search");
        };
        String description = null;
        switch (page.kind()) {
            case ARTICLE -> {
                Article a = site.articles().get(page.index());
                description = a.summary();
                m.put("article", new Views.ArticleView(card(a),
                        body.stream().map(Views.BlockView::of).toList(), a.params()));
                m.put("jsonLd", JsonLd.newsArticle(a, links.absolute(a.path()),
                        site.config().categoryName(a.categoryKey()), site.config().language(), site.config().title()));
            }
            case HOME, CATEGORY, TAG -> m.put("list", list(page));
            case CATEGORIES -> m.put("groups", List.of(new Views.TermGroup("",
                    site.categories().stream().map(PageModels::termLink).toList())));
            case TAGS -> m.put("groups", tagGroups());
            default -> { }
        }
        m.put("page", new Views.PageView(page.kind().id(), title, description, page.path(), links.absolute(page.path())));
        return m;
    }

    private Views.ListView list(Page page) {
        int per = site.config().paginate();
        int from = (page.number() - 1) * per;
        List<Views.CardView> items = new ArrayList<>(per);
        if (page.term() == null) {
            int to = Math.min(site.articles().size(), from + per);
            for (int i = from; i < to; i++) items.add(card(site.articles().get(i)));
        } else {
            int[] idx = page.term().articles();
            int to = Math.min(idx.length, from + per);
            for (int i = from; i < to; i++) items.add(card(site.articles().get(idx[i])));
        }
        String base = page.term() == null ? "/" : page.term().path();
        return new Views.ListView(page.term() == null ? null : termLink(page.term()), items,
                Pager.of(base, page.number(), page.total()));
    }

    Views.CardView card(Article a) {
        List<Views.TermLink> tags = new ArrayList<>(a.tags().size());
        for (String name : a.tags()) {
            Term t = site.tags().get(Folding.key(name));
            if (t != null) tags.add(new Views.TermLink(name, t.path(), t.count(), t.hasPage()));
        }
        Term category = site.category(a.categoryKey());
        String iso = a.published() == null ? null : a.published().iso();
        return new Views.CardView(a.title(), a.path(), iso, dates.display(a.published()), dates.shortForm(a.published()),
                termLink(category), a.summary(), a.author(), a.source(), tags);
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
        for (Term t : terms) groups.computeIfAbsent(initial(t.name()), k -> new ArrayList<>()).add(termLink(t));
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

    private static Views.TermLink termLink(Term t) {
        return new Views.TermLink(t.name(), t.path(), t.count(), t.hasPage());
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
        if (args.size() != 1 || !(args.get(0) instanceof freemarker.template.TemplateScalarModel s)) {
            throw new TemplateModelException(fn + "(path) takes one string");
        }
        String v = s.getAsString();
        return v == null ? "" : v;
    }
}
