package org.gazette.enrich;

import org.gazette.config.Layout;
import org.gazette.config.SiteConfig;
import org.gazette.content.SourceFile;
import org.gazette.text.Slugs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides each article's category and keeps the display names seen.
 *
 * <p>The category is, in order: the file's own {@code category} (front matter), the first folder
 * under {@code content/}, or {@code defaultCategory}. Its key is the slug of that text, so
 * {@code content/Kinh tế/} and {@code category: kinh-te} meet in one category. The display name is
 * the one {@code site.yaml} gives, else the text as first seen (in source order).
 */
public final class Categories {
    private final SiteConfig config;
    private final Map<String, String> names = new LinkedHashMap<>();

    public Categories(SiteConfig config) {
        this.config = config;
    }

    /**
     * The category key for a file and the category its front matter gives (or null); call in source
     * order so display names are deterministic.
     */
    public String keyFor(SourceFile file, String category) {
        String given = given(file, category);
        String raw = given != null ? given : config.defaultCategory();
        String key = Slugs.of(raw);
        if (key.isEmpty()) {
            raw = config.defaultCategory();
            key = Slugs.of(raw);
        }
        names.putIfAbsent(key, config.categories().getOrDefault(key, raw));
        return key;
    }

    /** The category a file gives itself (front matter, else its first folder), or null when it gives none. */
    public static String given(SourceFile file, String category) {
        if (category != null && !category.isBlank()) return category.strip();
        String folder = file.topFolder();
        return folder != null && !Slugs.of(folder).isEmpty() ? folder : null;
    }

    /** Display names of all keys seen, in the order {@code site.yaml} lists them, then first seen. */
    public Map<String, String> names() {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : config.categories().keySet()) {
            if (names.containsKey(key)) ordered.put(key, names.get(key));
        }
        ordered.putAll(names);
        return ordered;
    }

    /** The slug used in URLs for a category key; never a segment the site's own pages use. */
    public static String slug(String key) {
        return Layout.isReserved(key) ? key + "-cat" : key;
    }

    public static String path(String key) {
        return "/" + slug(key) + "/";
    }
}
