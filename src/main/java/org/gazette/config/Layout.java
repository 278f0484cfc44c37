package org.gazette.config;

import java.util.Set;

/**
 * Where the site's own pages live in the output. One place, so that article permalinks, category
 * slugs and the page planner agree on which paths are taken.
 */
public final class Layout {
    public static final String TAG = "tag";
    public static final String TAGS_INDEX = "/tags/";
    public static final String CATEGORIES_INDEX = "/categories/";
    public static final String SEARCH = "/search/";
    public static final String ARCHIVE = "archive";
    public static final String PAGE = "page";
    public static final String ASSETS = "assets";
    public static final String NOT_FOUND = "/404.html";
    public static final String ARCHIVE_INDEX = "/archive/";
    public static final String ARCHIVE_UNDATED = "/archive/undated/";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    /** Feed files inside a list's folder: {@code /feed.xml}, {@code /kinh-te/feed.xml}, {@code /tag/x/atom.xml}. */
    public static final String RSS_FILE = "feed.xml";
    public static final String ATOM_FILE = "atom.xml";

    private static final Set<String> RESERVED = Set.of(TAG, "tags", "categories", "search", PAGE, ARCHIVE,
            ASSETS, "404.html", "sitemap.xml", "robots.txt", RSS_FILE, ATOM_FILE, "index.html");

    private Layout() {}

    /** Whether a first path segment belongs to the site's own pages. */
    public static boolean isReserved(String firstSegment) {
        return RESERVED.contains(firstSegment);
    }

    public static String tagPath(String slug) {
        return "/" + TAG + "/" + slug + "/";
    }

    public static String archiveYear(int year) {
        return ARCHIVE_INDEX + year + "/";
    }

    public static String archiveMonth(int year, int month) {
        return ARCHIVE_INDEX + year + "/" + (month < 10 ? "0" : "") + month + "/";
    }

    /** Part {@code n} of a sitemap that had to be split. */
    public static String sitemapPart(int n) {
        return "/sitemap-" + n + ".xml";
    }

    /** Page {@code n} (1-based) of a paginated list whose first page is at {@code base}. */
    public static String pagePath(String base, int n) {
        return n <= 1 ? base : base + PAGE + "/" + n + "/";
    }
}
