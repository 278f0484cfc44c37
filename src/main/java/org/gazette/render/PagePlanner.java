package org.gazette.render;

import org.gazette.config.Layout;
import org.gazette.site.Archive;
import org.gazette.site.Site;
import org.gazette.site.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lists every page of a site, in a fixed order: HTML pages, then feeds, then the sitemap and
 * robots.txt. Pure.
 */
public final class PagePlanner {
    /** The most URLs one sitemap file may list (sitemaps.org); past it the sitemap becomes an index. */
    public static final int SITEMAP_LIMIT = 50_000;

    private PagePlanner() {}

    /** @param search whether the site has a search page */
    public static SitePlan plan(Site site, boolean search) {
        return plan(site, search, SITEMAP_LIMIT);
    }

    static SitePlan plan(Site site, boolean search, int sitemapLimit) {
        int per = site.config().paginate();
        List<Page> pages = new ArrayList<>(site.articles().size() + 256);
        addList(pages, PageKind.HOME, null, "/", site.articles().size(), per);
        for (int i = 0; i < site.articles().size(); i++) {
            pages.add(new Page(PageKind.ARTICLE, site.articles().get(i).path(), i, null, 1, 1));
        }
        for (int i = 0; i < site.copies().size(); i++) {
            pages.add(new Page(PageKind.COPY, site.copies().get(i).article().path(), i, null, 1, 1));
        }
        for (Term c : site.categories()) addList(pages, PageKind.CATEGORY, c, c.path(), c.count(), per);
        for (Term t : site.tags().values()) {
            if (t.hasPage()) addList(pages, PageKind.TAG, t, t.path(), t.count(), per);
        }
        pages.add(Page.single(PageKind.CATEGORIES, Layout.CATEGORIES_INDEX));
        pages.add(Page.single(PageKind.TAGS, Layout.TAGS_INDEX));
        addArchive(pages, site.archive(), per);
        List<Page> listed = pages.stream().filter(p -> p.kind().listed()).toList();
        pages.add(Page.single(PageKind.NOT_FOUND, Layout.NOT_FOUND));
        if (search) pages.add(Page.single(PageKind.SEARCH, Layout.SEARCH));

        addFeeds(pages, null, "/");
        for (Term c : site.categories()) addFeeds(pages, c, c.path());
        for (Term t : site.tags().values()) if (t.hasPage()) addFeeds(pages, t, t.path());

        int parts = (listed.size() + sitemapLimit - 1) / sitemapLimit;
        if (parts <= 1) {
            pages.add(new Page(PageKind.SITEMAP, Layout.SITEMAP, -1, null, 1, 1));
        } else {
            pages.add(new Page(PageKind.SITEMAP_INDEX, Layout.SITEMAP, -1, null, 1, parts));
            for (int n = 1; n <= parts; n++) pages.add(new Page(PageKind.SITEMAP, Layout.sitemapPart(n), -1, null, n, parts));
        }
        pages.add(Page.single(PageKind.ROBOTS, Layout.ROBOTS));
        return new SitePlan(pages, listed, sitemapLimit);
    }

    private static void addArchive(List<Page> pages, Archive archive, int per) {
        pages.add(Page.single(PageKind.ARCHIVE, Layout.ARCHIVE_INDEX));
        for (Archive.Year y : archive.years()) {
            String yearPath = Layout.archiveYear(y.year());
            int[] all = y.months().stream().flatMapToInt(m -> java.util.Arrays.stream(m.articles())).toArray();
            pages.add(new Page(PageKind.ARCHIVE_YEAR, yearPath, -1,
                    new Term(String.valueOf(y.year()), String.valueOf(y.year()), yearPath, all, true), 1, 1));
            for (Archive.Month m : y.months()) {
                String path = Layout.archiveMonth(m.year(), m.month());
                String key = String.format(Locale.ROOT, "%04d-%02d", m.year(), m.month());
                addList(pages, PageKind.ARCHIVE_MONTH, new Term(key, key, path, m.articles(), true), path, m.count(), per);
            }
        }
        if (archive.undated().length > 0) {
            Term undated = new Term("undated", "undated", Layout.ARCHIVE_UNDATED, archive.undated(), true);
            addList(pages, PageKind.ARCHIVE_UNDATED, undated, Layout.ARCHIVE_UNDATED, undated.count(), per);
        }
    }

    private static void addFeeds(List<Page> pages, Term term, String base) {
        pages.add(new Page(PageKind.RSS, base + Layout.RSS_FILE, -1, term, 1, 1));
        pages.add(new Page(PageKind.ATOM, base + Layout.ATOM_FILE, -1, term, 1, 1));
    }

    private static void addList(List<Page> pages, PageKind kind, Term term, String base, int items, int per) {
        int total = Math.max(1, (items + per - 1) / per);
        for (int n = 1; n <= total; n++) pages.add(new Page(kind, Layout.pagePath(base, n), -1, term, n, total));
    }
}
