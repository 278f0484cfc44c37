package org.gazette.render;

import org.gazette.content.Block;

import java.util.List;
import java.util.Map;

/**
 * The records templates receive. They hold data only: site paths, never finished links (the
 * template turns a path into a link with {@code url(path)}), and plain text that Freemarker
 * escapes. Record components read as properties in templates: {@code ${card.title}}.
 */
public final class Views {
    private Views() {}

    /** The site as every page sees it; {@code search} says whether it has a search page. */
    public record SiteView(String title, String description, String language, String ogLocale, String baseUrl,
                           boolean portable, List<TermRef> categories, Map<String, Object> params, boolean search) { }

    /**
     * The page being rendered: what kind it is and its head metadata. {@code feeds} are the feeds
     * the page advertises with {@code <link rel="alternate">}; {@code jsonLd} the page's structured
     * data as JSON strings (already safe inside {@code <script>}).
     */
    public record PageView(String kind, String title, String description, String path, String canonical,
                           int number, List<FeedLink> feeds, List<String> jsonLd) { }

    /** A feed a page advertises: its title and the site paths of its RSS and Atom files. */
    public record FeedLink(String title, String rssPath, String atomPath) { }

    /** A link to a category or tag page; {@code hasPage} is false for tags below {@code minTagArticles}. */
    public record TermLink(String name, String path, int count, boolean hasPage) { }

    /**
     * A link to a category or tag page without its count of articles, where the link is part of
     * something many pages show (the site's categories, an article's card). A count there would
     * change all those pages whenever one article joins or leaves the term.
     */
    public record TermRef(String name, String path, boolean hasPage) { }

    /**
     * An article in a list. Dates are null when the article is undated; {@code archivePath} is the
     * archive page of the article's month (null when undated).
     */
    public record CardView(String title, String path, String dateIso, String dateDisplay, String dateShort,
                           String archivePath, TermRef category, String summary, String author, String source,
                           List<TermRef> tags) { }

    /**
     * An article page: the card's metadata plus the body, related articles, and the newer and
     * older article of the same category (null at either end). {@code copyOf} is the article a
     * near-duplicate's page points at, null on an article's own page.
     */
    public record ArticleView(CardView meta, List<BlockView> body, Map<String, Object> params,
                              List<CardView> related, CardView newer, CardView older, CardView copyOf) { }

    /**
     * One body block: {@code kind} is {@code paragraph} or {@code caption} (plain text, escaped by the
     * template) or {@code html} (already sanitized; the template inserts it with {@code ?no_esc}).
     */
    public record BlockView(String kind, String text) {
        static BlockView of(Block b) {
            return new BlockView(b.kind().name().toLowerCase(java.util.Locale.ROOT), b.text());
        }
    }

    /** A paginated list: items of this page and the pager. */
    public record ListView(TermLink term, List<CardView> items, PagerView pager) { }

    /** Links for a paginated list; {@code links} is windowed around the current page. */
    public record PagerView(int number, int total, String prevPath, String nextPath, List<PagerLink> links) { }

    /** One pager entry; a gap entry stands for skipped page numbers and has no path. */
    public record PagerLink(int number, String path, boolean current, boolean gap) { }

    /** A group of terms on an index page, under a heading such as a first letter. */
    public record TermGroup(String label, List<TermLink> terms) { }

    /** The date archive's index or one year of it: links to years or months, with counts. */
    public record ArchiveView(List<TermLink> entries, TermLink undated) { }

    /** An RSS or Atom feed: absolute URLs, dates already in the feed format's syntax. */
    public record FeedView(String title, String description, String link, String self, String language,
                           String updatedIso, String updatedRfc822, List<FeedItem> items) { }

    /** One feed entry. */
    public record FeedItem(String title, String link, String summary, String dateIso, String dateRfc822,
                           String author, String category, List<String> tags) { }

    /** One sitemap file: absolute URLs, each with its last modification date when known. */
    public record SitemapView(List<SitemapUrl> urls) { }

    public record SitemapUrl(String loc, String lastmod) { }

    /** The sitemap index that replaces the sitemap when a site has more URLs than one file may list. */
    public record SitemapIndexView(List<String> parts) { }
}
