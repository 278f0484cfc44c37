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

    // Value semantics for the array component, which a record would compare by identity.
    @Override
    public boolean equals(Object o) {
        return o instanceof Term t && key.equals(t.key) && name.equals(t.name) && path.equals(t.path)
                && hasPage == t.hasPage && java.util.Arrays.equals(articles, t.articles);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(key, name, path, hasPage) * 31 + java.util.Arrays.hashCode(articles);
    }

    @Override
    public String toString() {
        return "Term[" + key + ", " + name + ", " + path + ", " + articles.length + " articles, hasPage=" + hasPage + "]";
    }
}
