package org.gazette.site;

import java.util.Objects;

/**
 * A near-duplicate published as a page that points at its canonical article ({@code duplicates:
 * link}): it has its own URL, but is listed nowhere (home, categories, tags, archives, feeds,
 * sitemap, search).
 *
 * @param article   the copy, without tags
 * @param canonical the index of the canonical article in {@link Site#articles()}
 */
public record Copy(Article article, int canonical) {
    public Copy {
        Objects.requireNonNull(article, "article");
        if (canonical < 0) throw new IllegalArgumentException("canonical index " + canonical);
    }
}
