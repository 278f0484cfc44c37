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
        return assign(expand(categorySlug, slug, date), categorySlug, slug, date);
    }

    /** {@link #assign(String, String, PublishedAt)} for a caller that has {@code path}, their {@link #expand}, at hand. */
    public String assign(String path, String categorySlug, String slug, PublishedAt date) {
        for (int n = 2; isTaken(path); n++) {
            path = expand(categorySlug, slug + "-" + n, date);
        }
        taken.add(path);
        return path;
    }

    /** Whether {@link #assign} would have to change this path, an {@link #expand}. */
    public boolean isTaken(String path) {
        return taken.contains(path) || reservedStart(path);
    }

    /** The pattern with these values, taken or not. Thread-safe: paths are made on every core, then assigned in order. */
    public String expand(String categorySlug, String slug, PublishedAt date) {
        StringBuilder p = new StringBuilder(pattern.length() + categorySlug.length() + slug.length());
        int year = 0, month = 0, day = 0;
        if (date != null) {
            java.time.LocalDate d = date.date();
            year = d.getYear();
            month = d.getMonthValue();
            day = d.getDayOfMonth();
        }
        for (int i = 0; i < pattern.length(); ) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            String name = close < 0 ? null : pattern.substring(i + 1, close);
            if (name == null || !PLACEHOLDERS.contains(name)) {
                append(p, c);
                i++;
                continue;
            }
            switch (name) {
                case "category" -> appendAll(p, categorySlug);
                case "slug" -> appendAll(p, slug);
                case "year" -> appendAll(p, date == null ? "undated" : String.valueOf(year));
                case "month" -> appendAll(p, date == null ? "undated" : twoDigits(month));
                default -> appendAll(p, date == null ? "undated" : twoDigits(day));
            }
            i = close + 1;
        }
        return p.toString();
    }

    private static final Set<String> PLACEHOLDERS = Set.of("category", "slug", "year", "month", "day");

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static void appendAll(StringBuilder p, String s) {
        for (int i = 0; i < s.length(); i++) append(p, s.charAt(i));
    }

    /** Appends one character, never a second slash in a row (an empty value leaves none). */
    private static void append(StringBuilder p, char c) {
        if (c == '/' && p.length() > 0 && p.charAt(p.length() - 1) == '/') return;
        p.append(c);
    }

    private static boolean reservedStart(String path) {
        int end = path.indexOf('/', 1);
        return Layout.isReserved(end < 0 ? path.substring(1) : path.substring(1, end));
    }
}
