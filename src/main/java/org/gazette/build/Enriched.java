package org.gazette.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gazette.enrich.Draft;
import org.gazette.site.Article;

/**
 * What the enrich step made of an archive, before it becomes a site.
 *
 * @param drafts        every article read, in source order, with the category a guess gave it and,
 *                      for a near-duplicate, the article it copies (also when {@code duplicates:
 *                      drop} leaves it unpublished)
 * @param bodyChars     the length of each draft's body text, same order
 * @param articles      the published articles: articles of their own in source order, then the copies
 *                      that {@code duplicates: link} publishes as pages pointing at their original
 * @param categoryNames display names by category key, in navigation order
 * @param guesses       by source path, what the classifier made of each article without a category
 */
record Enriched(List<Draft> drafts, int[] bodyChars, List<Article> articles, Map<String, String> categoryNames,
                Map<String, CategoryGuess> guesses) {
    Enriched {
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(bodyChars, "bodyChars");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(categoryNames, "categoryNames");
        Objects.requireNonNull(guesses, "guesses");
    }

    /** By source path, the source path of the article each near-duplicate copies. */
    Map<String, String> copies() {
        Map<String, String> copyOf = new HashMap<>();
        for (Draft d : drafts) if (d.copyOf() != null) copyOf.put(d.file().relPath(), d.copyOf());
        return copyOf;
    }
}
