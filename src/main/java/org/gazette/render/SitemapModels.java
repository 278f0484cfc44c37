package org.gazette.render;

import org.gazette.content.PublishedAt;
import org.gazette.site.Article;
import org.gazette.site.Site;

import java.util.ArrayList;
import java.util.List;

/**
 * Sitemap files: every listed page with its absolute URL and, where the page shows dated
 * articles, the date of the newest one as {@code lastmod}. Never the build time: an unchanged
 * archive gives an unchanged sitemap.
 */
final class SitemapModels {
    private final Site site;
    private final Links links;
    private final SitePlan plan;

    SitemapModels(Site site, Links links, SitePlan plan) {
        this.site = site;
        this.links = links;
        this.plan = plan;
    }

    Views.SitemapView sitemap(Page page) {
        List<Page> listed = plan.listed();
        int from = (page.number() - 1) * plan.sitemapLimit();
        int to = Math.min(listed.size(), from + plan.sitemapLimit());
        List<Views.SitemapUrl> urls = new ArrayList<>(to - from);
        for (Page p : listed.subList(from, to)) urls.add(new Views.SitemapUrl(links.absolute(p.path()), lastmod(p)));
        return new Views.SitemapView(urls);
    }

    Views.SitemapIndexView index(Page page) {
        List<String> parts = new ArrayList<>(page.total());
        for (int n = 1; n <= page.total(); n++) parts.add(links.absolute(org.gazette.config.Layout.sitemapPart(n)));
        return new Views.SitemapIndexView(parts);
    }

    /** The newest dated article a page shows, or null. */
    private String lastmod(Page p) {
        int first = switch (p.kind()) {
            case ARTICLE -> p.index();
            case HOME -> site.articles().isEmpty() ? -1 : (p.number() - 1) * site.config().paginate();
            case CATEGORY, TAG, ARCHIVE_YEAR, ARCHIVE_MONTH -> {
                int at = (p.number() - 1) * site.config().paginate();
                yield at < p.term().count() ? p.term().articles()[at] : -1;
            }
            default -> -1;
        };
        if (first < 0 || first >= site.articles().size()) return null;
        Article a = site.articles().get(first);
        PublishedAt d = a.published();
        return d == null ? null : d.iso();
    }
}
