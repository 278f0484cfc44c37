package org.gazette.site;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Site order: dated articles newest first, then undated ones by title; ties broken by title and
 * finally by source path, so the order never depends on file-system order.
 */
final class ArticleOrder {
    private ArticleOrder() {}

    static Comparator<Article> forLocale(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.TERTIARY);
        Comparator<Article> byTitle = (a, b) -> collator.compare(a.title(), b.title());
        Comparator<Article> newestFirst = (a, b) -> {
            if (a.dated() && b.dated()) return b.published().compareTo(a.published());
            if (a.dated() != b.dated()) return a.dated() ? -1 : 1;
            return 0;
        };
        return newestFirst.thenComparing(byTitle).thenComparing(Article::sourcePath);
    }
}
