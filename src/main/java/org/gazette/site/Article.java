package org.gazette.site;

import org.gazette.content.PublishedAt;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An enriched article as the site knows it: everything lists, taxonomies, feeds and the search
 * index need, but not the body. Bodies are fetched one at a time when the article's own page is
 * rendered, so that a million of these fit in a fixed heap.
 *
 * @param sourcePath  the file's path under {@code content/}: the article's identity
 * @param title       the headline
 * @param slug        the URL slug
 * @param path        site path of the article page, starting and ending with {@code /}
 * @param published   publication date, or null when undated
 * @param author      byline, or null
 * @param source      source outlet, or null
 * @param categoryKey key of the article's category
 * @param tags        tag display names, best first
 * @param summary     the lede or the given summary, plain text
 * @param params      extra front-matter values for templates
 */
public record Article(
        String sourcePath,
        String title,
        String slug,
        String path,
        PublishedAt published,
        String author,
        String source,
        String categoryKey,
        List<String> tags,
        String summary,
        Map<String, Object> params) {

    public Article {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(categoryKey, "categoryKey");
        tags = List.copyOf(tags);
        summary = summary == null ? "" : summary;
        params = Map.copyOf(params);
    }

    public boolean dated() {
        return published != null;
    }
}
