package org.gazette.render;

import org.gazette.config.Layout;
import org.gazette.site.Archive;
import org.gazette.site.Site;
import org.gazette.site.Term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

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
        List<Term> tags = site.tags().values().stream().filter(Term::hasPage).toList();
        List<SitePlan.Run> runs = new ArrayList<>();
        runs.add(new Lists(PageKind.HOME, Arrays.asList((Term) null), new int[] {site.articles().size()}, per));
        runs.add(new Singles(PageKind.ARTICLE, site.articles().size(), i -> site.articles().get(i).path()));
        runs.add(new Singles(PageKind.COPY, site.copies().size(), i -> site.copies().get(i).article().path()));
        runs.add(Lists.of(PageKind.CATEGORY, site.categories(), per));
        runs.add(Lists.of(PageKind.TAG, tags, per));
        runs.add(new Fixed(Page.single(PageKind.CATEGORIES, Layout.CATEGORIES_INDEX)));
        runs.add(new Fixed(Page.single(PageKind.TAGS, Layout.TAGS_INDEX)));
        addArchive(runs, site.archive(), per);
        runs.add(new Fixed(Page.single(PageKind.NOT_FOUND, Layout.NOT_FOUND)));
        if (search) runs.add(new Fixed(Page.single(PageKind.SEARCH, Layout.SEARCH)));

        runs.add(new Feeds(Arrays.asList((Term) null)));
        runs.add(new Feeds(site.categories()));
        runs.add(new Feeds(tags));

        int listed = runs.stream().filter(SitePlan.Run::listed).mapToInt(SitePlan.Run::size).sum();
        int parts = (listed + sitemapLimit - 1) / sitemapLimit;
        if (parts <= 1) {
            runs.add(new Fixed(new Page(PageKind.SITEMAP, Layout.SITEMAP, -1, null, 1, 1)));
        } else {
            runs.add(new Fixed(new Page(PageKind.SITEMAP_INDEX, Layout.SITEMAP, -1, null, 1, parts)));
            for (int n = 1; n <= parts; n++) {
                runs.add(new Fixed(new Page(PageKind.SITEMAP, Layout.sitemapPart(n), -1, null, n, parts)));
            }
        }
        runs.add(new Fixed(Page.single(PageKind.ROBOTS, Layout.ROBOTS)));
        return new SitePlan(runs, sitemapLimit);
    }

    private static void addArchive(List<SitePlan.Run> runs, Archive archive, int per) {
        runs.add(new Fixed(Page.single(PageKind.ARCHIVE, Layout.ARCHIVE_INDEX)));
        for (Archive.Year y : archive.years()) {
            String yearPath = Layout.archiveYear(y.year());
            int[] all = y.months().stream().flatMapToInt(m -> Arrays.stream(m.articles())).toArray();
            runs.add(new Fixed(new Page(PageKind.ARCHIVE_YEAR, yearPath, -1,
                    new Term(String.valueOf(y.year()), String.valueOf(y.year()), yearPath, all, true), 1, 1)));
            List<Term> months = new ArrayList<>(y.months().size());
            for (Archive.Month m : y.months()) {
                String key = String.format(Locale.ROOT, "%04d-%02d", m.year(), m.month());
                months.add(new Term(key, key, Layout.archiveMonth(m.year(), m.month()), m.articles(), true));
            }
            runs.add(Lists.of(PageKind.ARCHIVE_MONTH, months, per));
        }
        if (archive.undated().length > 0) {
            Term undated = new Term("undated", "undated", Layout.ARCHIVE_UNDATED, archive.undated(), true);
            runs.add(Lists.of(PageKind.ARCHIVE_UNDATED, List.of(undated), per));
        }
    }

    /** One page. */
    private record Fixed(Page page) implements SitePlan.Run {
        @Override
        public int size() {
            return 1;
        }

        @Override
        public Page page(int i) {
            return page;
        }

        @Override
        public boolean listed() {
            return page.kind().listed();
        }
    }

    /** One page for each of {@code size} articles (or copies), at the article's path. */
    private record Singles(PageKind kind, int size, IntFunction<String> path) implements SitePlan.Run {
        @Override
        public Page page(int i) {
            return new Page(kind, path.apply(i), i, null, 1, 1);
        }

        @Override
        public boolean listed() {
            return kind.listed();
        }
    }

    /**
     * The paginated lists of some terms, one term's pages after another's; a null term is the
     * home page's list of every article.
     */
    private static final class Lists implements SitePlan.Run {
        private final PageKind kind;
        private final List<Term> terms;
        /** Index of each term's first page, then the number of pages. */
        private final int[] starts;

        /** @param items how many articles each term lists */
        Lists(PageKind kind, List<Term> terms, int[] items, int per) {
            this.kind = kind;
            this.terms = terms;
            this.starts = new int[terms.size() + 1];
            for (int t = 0; t < terms.size(); t++) starts[t + 1] = starts[t] + Math.max(1, (items[t] + per - 1) / per);
        }

        static Lists of(PageKind kind, List<Term> terms, int per) {
            return new Lists(kind, terms, terms.stream().mapToInt(Term::count).toArray(), per);
        }

        @Override
        public int size() {
            return starts[terms.size()];
        }

        @Override
        public Page page(int i) {
            int t = Arrays.binarySearch(starts, 0, terms.size(), i);
            if (t < 0) t = -t - 2;
            Term term = terms.get(t);
            int n = i - starts[t] + 1;
            return new Page(kind, Layout.pagePath(term == null ? "/" : term.path(), n), -1, term, n, starts[t + 1] - starts[t]);
        }

        @Override
        public boolean listed() {
            return kind.listed();
        }
    }

    /** The RSS then the Atom feed of each term; a null term is the home page's. */
    private record Feeds(List<Term> terms) implements SitePlan.Run {
        @Override
        public int size() {
            return 2 * terms.size();
        }

        @Override
        public Page page(int i) {
            Term term = terms.get(i / 2);
            String base = term == null ? "/" : term.path();
            return i % 2 == 0
                    ? new Page(PageKind.RSS, base + Layout.RSS_FILE, -1, term, 1, 1)
                    : new Page(PageKind.ATOM, base + Layout.ATOM_FILE, -1, term, 1, 1);
        }

        @Override
        public boolean listed() {
            return false;
        }
    }
}
