package org.gazette.render;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Every page of a site, in a fixed order, and the ones the sitemap lists. Pages are made when
 * asked for, from runs of pages alike (a term's list pages, the article pages…), so a plan for a
 * million articles and two million pages takes a few megabytes rather than the hundreds that
 * two million {@link Page}s and their paths would.
 */
public final class SitePlan {
    /** Pages alike, made on demand; a run's pages are all listed in the sitemap, or none is. */
    interface Run {
        int size();

        Page page(int i);

        boolean listed();
    }

    private final Pages pages;
    private final Pages listed;
    private final int sitemapLimit;

    SitePlan(List<Run> runs, int sitemapLimit) {
        this.pages = new Pages(runs);
        this.listed = new Pages(runs.stream().filter(Run::listed).toList());
        this.sitemapLimit = sitemapLimit;
    }

    /** All pages. */
    public List<Page> pages() {
        return pages;
    }

    /** The pages the sitemap lists, in the same order. */
    public List<Page> listed() {
        return listed;
    }

    /** URLs per sitemap file. */
    public int sitemapLimit() {
        return sitemapLimit;
    }

    /** The pages of some runs, one after the other; immutable. */
    private static final class Pages extends AbstractList<Page> implements RandomAccess {
        private final Run[] runs;
        /** Index of each run's first page. */
        private final int[] starts;
        private final int size;

        Pages(List<Run> runs) {
            List<Run> nonEmpty = new ArrayList<>(runs.size());
            for (Run r : runs) if (r.size() > 0) nonEmpty.add(r);
            this.runs = nonEmpty.toArray(Run[]::new);
            this.starts = new int[this.runs.length];
            int at = 0;
            for (int i = 0; i < this.runs.length; i++) {
                starts[i] = at;
                at = Math.addExact(at, this.runs[i].size());
            }
            this.size = at;
        }

        @Override
        public Page get(int index) {
            if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
            int r = Arrays.binarySearch(starts, index);
            if (r < 0) r = -r - 2; // the run starting before index
            return runs[r].page(index - starts[r]);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
