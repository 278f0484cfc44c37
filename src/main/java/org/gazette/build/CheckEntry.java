package org.gazette.build;

import java.util.List;
import java.util.Objects;

/**
 * What {@code gazette check} reports about one article.
 *
 * @param path         the file, relative to {@code content/}
 * @param title        the headline found
 * @param date         the publication date, ISO 8601, or null when undated
 * @param author       the byline, or null
 * @param source       the source line, or null
 * @param category     the category key the article ends up in, or null when it is not published
 * @param categoryName that category's display name, or null
 * @param guess        what the classifier made of an article without a category of its own, or null
 * @param tags         its tags, most useful first (none for a copy)
 * @param duplicateOf  the article it is a near-duplicate of, or null
 * @param copies       the near-duplicates of it, published in its place or pointing at it
 * @param url          the site path of its page, or null when it is not published
 * @param problems     warnings and errors about the file: what the reader noticed and what check adds
 */
public record CheckEntry(String path, String title, String date, String author, String source, String category,
                         String categoryName, CategoryGuess guess, List<String> tags, String duplicateOf,
                         List<String> copies, String url, List<Problem> problems) {
    public CheckEntry {
        Objects.requireNonNull(path, "path");
        tags = List.copyOf(tags);
        copies = List.copyOf(copies);
        problems = List.copyOf(problems);
    }

    /**
     * One warning or error.
     *
     * @param severity {@code warning} or {@code error}
     * @param line     1-based line, or 0 for the whole file
     * @param message  what is wrong
     */
    public record Problem(String severity, int line, String message) { }
}
