package org.gazette.render;

import java.util.List;

/**
 * Every page of a site, in a fixed order, and the ones the sitemap lists.
 *
 * @param pages        all pages
 * @param listed       the pages the sitemap lists, in the same order
 * @param sitemapLimit URLs per sitemap file
 */
public record SitePlan(List<Page> pages, List<Page> listed, int sitemapLimit) {
    public SitePlan {
        pages = List.copyOf(pages);
        listed = List.copyOf(listed);
    }
}
