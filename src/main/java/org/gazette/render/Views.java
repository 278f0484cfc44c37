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
                           boolean portable, List<TermLink> categories, Map<String, Object> params, boolean search) { }

    /** The page being rendered: what kind it is, its head metadata. */
    public record PageView(String kind, String title, String description, String path, String canonical) { }

    /** A link to a category or tag page; {@code hasPage} is false for tags below {@code minTagArticles}. */
    public record TermLink(String name, String path, int count, boolean hasPage) { }

    /** An article in a list. Dates are null when the article is undated. */
    public record CardView(String title, String path, String dateIso, String dateDisplay, String dateShort,
                           TermLink category, String summary, String author, String source, List<TermLink> tags) { }

    /** An article page: the card's metadata plus the body. */
    public record ArticleView(CardView meta, List<BlockView> body, Map<String, Object> params) { }

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
}
