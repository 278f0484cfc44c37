package org.gazette.quality;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article file of a shared corpus, with what the corpus says about it.
 *
 * @param corpus   the corpus's name ({@code vntc}, {@code underthesea}, …)
 * @param relPath  its path inside the corpus folder
 * @param text     its text, without the corpus's own header lines
 * @param category its category in the corpus, or null when the corpus has none
 * @param title    its true title, or null when the corpus does not say
 * @param date     its true publication date, or null when the corpus does not say
 * @param byline   its closing byline or source line, or null when the corpus does not say
 */
record CorpusItem(String corpus, String relPath, String text, String category, String title, LocalDate date,
                  String byline) {
    CorpusItem {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(relPath, "relPath");
        Objects.requireNonNull(text, "text");
    }
}
