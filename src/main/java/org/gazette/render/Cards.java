package org.gazette.render;

import org.gazette.config.Layout;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.Term;
import org.gazette.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the views of articles and terms that lists and article pages share. Cards of site
 * articles are built once and kept while they are in use, and hashed once per build ({@link
 * ArticleViews}).
 */
final class Cards {
    private final Site site;
    private final DateFormats dates;
    private final ArticleViews<Views.CardView> views;
    /** Tags by the names articles give them (one instance per name): each name folded once, not on every card. */
    private final ConcurrentHashMap<String, Term> tagsByName = new ConcurrentHashMap<>();

    Cards(Site site, Map<String, String> translations) {
        this.site = site;
        this.dates = new DateFormats(translations, site.config().locale());
        this.views = new ArticleViews<>(site.articles().size(), i -> card(site.articles().get(i)));
    }

    DateFormats dates() {
        return dates;
    }

    /** The card of the site article at {@code index}. */
    Views.CardView card(int index) {
        return views.get(index);
    }

    Views.CardView card(Article a) {
        List<Views.TermLink> tags = new ArrayList<>(a.tags().size());
        for (String name : a.tags()) {
            Term t = tag(name);
            if (t != null) tags.add(new Views.TermLink(name, t.path(), t.count(), t.hasPage()));
        }
        String iso = a.published() == null ? null : a.published().iso();
        String archive = a.published() == null ? null
                : Layout.archiveMonth(a.published().date().getYear(), a.published().date().getMonthValue());
        return new Views.CardView(a.title(), a.path(), iso, dates.display(a.published()), dates.shortForm(a.published()),
                archive, termLink(site.category(a.categoryKey())), a.summary(), a.author(), a.source(), tags);
    }

    private Term tag(String name) {
        Term t = tagsByName.get(name);
        if (t == null) {
            t = site.tags().get(Folding.key(name));
            if (t != null) tagsByName.putIfAbsent(name, t);
        }
        return t;
    }

    /** The cards of the site articles {@code indexes[from..to)}, built when read; {@code indexes} null for {@code from..to} themselves. */
    List<Views.CardView> cards(int[] indexes, int from, int to) {
        return views.list(indexes, from, to);
    }

    static Views.TermLink termLink(Term t) {
        return new Views.TermLink(t.name(), t.path(), t.count(), t.hasPage());
    }
}
