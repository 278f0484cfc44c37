package org.gazette.site;

import java.util.Objects;

/**
 * One category or tag and the articles under it.
 *
 * @param key      identity key (the category key, or the folded tag)
 * @param name     display name
 * @param path     site path of the term's page, starting and ending with {@code /}
 * @param articles indexes into {@link Site#articles()}, in site order (newest first)
 * @param hasPage  whether the term gets its own page (tags need {@code minTagArticles})
 */
public record Term(String key, String name, String path, int[] articles, boolean hasPage) {
    public Term {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(articles, "articles");
    }

    public int count() {
        return articles.length;
    }
}
