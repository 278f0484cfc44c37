package org.gazette.render;

import org.gazette.config.Layout;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.Term;
import org.gazette.text.KeyMemo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the views of articles and terms that lists and article pages share. Cards of site
 * articles are built once and kept while they are in use, and hashed once per build ({@link
 * ArticleViews}).
 */
final class Cards {
    private final Site site;
    private final DateFormats dates;
    private final ArticleViews<Views.CardView> views;
    private final KeyMemo tagKeys = new KeyMemo();

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
            Term t = site.tags().get(tagKeys.key(name));
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
        return views.list(indexes, from, to);
    }

    static Views.TermLink termLink(Term t) {
        return new Views.TermLink(t.name(), t.path(), t.count(), t.hasPage());
    }
}
