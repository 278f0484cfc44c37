package org.gazette.search;

import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * The search index numbers articles by category (in navigation order), then newest first, undated
 * last. Each category, and each year inside a category, is then one contiguous range of document
 * numbers, so the manifest can list those ranges and the search page counts results per category
 * and year, and filters by them, without downloading anything else.
 */
public final class DocOrder {
    /** Year of undated articles in {@link YearRange}. */
    public static final int UNDATED = 0;

    /** Documents {@code [start, end)} of one category, with its years. */
    public record CategoryRange(String key, String name, int start, int end, List<YearRange> years) { }

    /** Documents {@code [start, end)} of one year (or {@link #UNDATED}) inside a category. */
    public record YearRange(int year, int start, int end) { }

    private final int[] docOfSiteIndex;
    private final int[] siteIndexOfDoc;
    private final int[] categoryOfDoc;
    private final List<CategoryRange> categories;

    public DocOrder(Site site) {
        int n = site.articles().size();
        docOfSiteIndex = new int[n];
        siteIndexOfDoc = new int[n];
        categoryOfDoc = new int[n];
        List<CategoryRange> cats = new ArrayList<>();
        int doc = 0;
        for (Term c : site.categories()) {
            int start = doc;
            List<YearRange> years = new ArrayList<>();
            int yearStart = doc;
            int year = -1;
            // Term.articles() is in site order: newest first, undated last.
            for (int idx : c.articles()) {
                int y = yearOf(site.articles().get(idx));
                if (y != year) {
                    if (year != -1) years.add(new YearRange(year, yearStart, doc));
                    year = y;
                    yearStart = doc;
                }
                docOfSiteIndex[idx] = doc;
                siteIndexOfDoc[doc] = idx;
                categoryOfDoc[doc] = cats.size();
                doc++;
            }
            if (year != -1) years.add(new YearRange(year, yearStart, doc));
            cats.add(new CategoryRange(c.key(), c.name(), start, doc, List.copyOf(years)));
        }
        if (doc != n) throw new IllegalStateException("articles without a category: " + (n - doc));
        categories = List.copyOf(cats);
    }

    static int yearOf(Article a) {
        return a.dated() ? a.published().date().getYear() : UNDATED;
    }

    public int size() {
        return docOfSiteIndex.length;
    }

    /** The document number of the article at {@code siteIndex} in {@link Site#articles()}. */
    public int docId(int siteIndex) {
        return docOfSiteIndex[siteIndex];
    }

    public int siteIndex(int docId) {
        return siteIndexOfDoc[docId];
    }

    /** Index of the document's category in {@link #categories()}. */
    public int category(int docId) {
        return categoryOfDoc[docId];
    }

    public List<CategoryRange> categories() {
        return categories;
    }
}
