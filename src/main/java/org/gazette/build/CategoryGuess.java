package org.gazette.build;

import java.util.Objects;

/**
 * What the classifier made of an article that gives no category of its own.
 *
 * @param category   the category key it guessed
 * @param confidence how sure it was, 0 to 1
 * @param applied    whether the guess became the article's category (confidence at least {@code
 *                   categoryConfidence}); otherwise the article got {@code defaultCategory}
 */
public record CategoryGuess(String category, double confidence, boolean applied) {
    public CategoryGuess {
        Objects.requireNonNull(category, "category");
    }
}
