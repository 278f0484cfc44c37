package org.gazette.enrich;

import org.gazette.content.PublishedAt;

import org.gazette.config.Layout;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the {@code permalink} pattern into article paths and keeps them unique.
 *
 * <p>Placeholders: {@code {category}}, {@code {slug}}, {@code {year}}, {@code {month}},
 * {@code {day}}. Every value put into a pattern is an ASCII slug or a number, so a path can never
 * leave the output folder. Undated articles get {@code undated} for date placeholders. Category
 * slugs and the pattern's fixed start never take a {@link Layout#isReserved reserved} segment
 * (checked where they are made), so the {@code -N} suffix always finds a free path.
 */
public final class Permalinks {
    private final String pattern;
    private final Set<String> taken = new HashSet<>();

    public Permalinks(String pattern) {
        this.pattern = pattern.endsWith("/") ? pattern : pattern + "/";
    }

    /** Marks a path (such as a category page) as used, so that no article gets it. */
    public void reserve(String path) {
        taken.add(path);
    }

    /**
     * The path for an article; when it is taken, {@code slug-2}, {@code slug-3}… in call order.
     * Call in a deterministic order (the build uses source-path order).
     */
    public String assign(String categorySlug, String slug, PublishedAt date) {
        String path = expand(categorySlug, slug, date);
        for (int n = 2; taken.contains(path) || reservedStart(path); n++) {
            path = expand(categorySlug, slug + "-" + n, date);
        }
        taken.add(path);
        return path;
    }

    /** Whether {@link #assign} would have to change this slug. */
    public boolean isTaken(String categorySlug, String slug, PublishedAt date) {
        String path = expand(categorySlug, slug, date);
        return taken.contains(path) || reservedStart(path);
    }

    String expand(String categorySlug, String slug, PublishedAt date) {
        String year = date == null ? "undated" : String.valueOf(date.date().getYear());
        String month = date == null ? "undated" : String.format(Locale.ROOT, "%02d", date.date().getMonthValue());
        String day = date == null ? "undated" : String.format(Locale.ROOT, "%02d", date.date().getDayOfMonth());
        String p = pattern.replace("{category}", categorySlug).replace("{slug}", slug)
                .replace("{year}", year).replace("{month}", month).replace("{day}", day);
        return p.replaceAll("/{2,}", "/");
    }

    private static boolean reservedStart(String path) {
        int end = path.indexOf('/', 1);
        return Layout.isReserved(end < 0 ? path.substring(1) : path.substring(1, end));
    }
}
