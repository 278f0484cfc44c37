package org.gazette.site;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Site order: dated articles newest first, then undated ones by title; ties broken by title and
 * finally by source path, so the order never depends on file-system order.
 */
final class ArticleOrder {
    private ArticleOrder() {}

    /**
     * The articles in site order. Each article's date is read once into a sort key, and its title
     * only when its date ties with another's: comparing articles scattered over the heap, and
     * unpacking titles, took most of the time of sorting a large archive.
     */
    static List<Article> sorted(Collection<Article> articles, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.TERTIARY);
        Key[] keys = new Key[articles.size()];
        int n = 0;
        for (Article a : articles) keys[n++] = new Key(a);
        Comparator<Key> newestFirst = (a, b) -> {
            if (a.dated != b.dated) return a.dated ? -1 : 1;
            int c = Long.compare(b.second, a.second);
            return c != 0 ? c : Integer.compare(b.nano, a.nano);
        };
        // stable like Arrays.sort, on all cores; the collator is synchronized
        Arrays.parallelSort(keys, newestFirst.thenComparing((a, b) -> collator.compare(a.title(), b.title()))
                .thenComparing(k -> k.article.sourcePath()));
        List<Article> out = new ArrayList<>(keys.length);
        for (Key k : keys) out.add(k.article);
        return out;
    }

    /** An article with its date as numbers (undated: zeros) and its title once asked. */
    private static final class Key {
        final Article article;
        final boolean dated;
        final long second;
        final int nano;
        private String title;

        Key(Article a) {
            article = a;
            dated = a.dated();
            second = dated ? a.published().epochSecond() : 0;
            nano = dated ? a.published().nano() : 0;
        }

        String title() {
            if (title == null) title = article.title();
            return title;
        }
    }
}
