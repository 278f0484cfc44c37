package org.gazette.render;

import org.gazette.config.Layout;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.Term;
import org.gazette.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the views of articles and terms that lists and article pages share. */
final class Cards {
    private final Site site;
    private final DateFormats dates;

    Cards(Site site, Map<String, String> translations) {
        this.site = site;
        this.dates = new DateFormats(translations, site.config().locale());
    }

    DateFormats dates() {
        return dates;
    }

    Views.CardView card(int index) {
        return card(site.articles().get(index));
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
