package org.gazette.render;

import org.gazette.config.Layout;
import org.gazette.site.Site;
import org.gazette.site.Term;

import java.util.ArrayList;
import java.util.List;

/** Lists every page of a site, in a fixed order. Pure. */
public final class PagePlanner {
    private PagePlanner() {}

    /** @param search whether the site has a search page */
    public static List<Page> plan(Site site, boolean search) {
        int per = site.config().paginate();
        List<Page> pages = new ArrayList<>(site.articles().size() + 64);
        addList(pages, PageKind.HOME, null, "/", site.articles().size(), per);
        for (int i = 0; i < site.articles().size(); i++) {
            pages.add(new Page(PageKind.ARTICLE, site.articles().get(i).path(), i, null, 1, 1));
        }
        for (Term c : site.categories()) addList(pages, PageKind.CATEGORY, c, c.path(), c.count(), per);
        for (Term t : site.tags().values()) {
            if (t.hasPage()) addList(pages, PageKind.TAG, t, t.path(), t.count(), per);
        }
        pages.add(Page.single(PageKind.CATEGORIES, Layout.CATEGORIES_INDEX));
        pages.add(Page.single(PageKind.TAGS, Layout.TAGS_INDEX));
        pages.add(Page.single(PageKind.NOT_FOUND, Layout.NOT_FOUND));
        if (search) pages.add(Page.single(PageKind.SEARCH, Layout.SEARCH));
        return pages;
    }

    private static void addList(List<Page> pages, PageKind kind, Term term, String base, int items, int per) {
        int total = Math.max(1, (items + per - 1) / per);
        for (int n = 1; n <= total; n++) pages.add(new Page(kind, Layout.pagePath(base, n), -1, term, n, total));
    }
}
