package org.gazette.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The validated site configuration: {@code site.yaml} with command-line overrides applied.
 * Downstream code sees only this type, never the raw YAML.
 *
 * @param title           the site's name
 * @param description     one sentence about the site, for the home page's meta description
 * @param language        BCP 47 language tag of the site's text and UI ({@code vi}, {@code en})
 * @param timezone        zone for datelines without an explicit offset
 * @param baseUrl         the public URL the site is served from; {@code /} when unknown
 * @param theme           the theme's name
 * @param paginate        articles per list page
 * @param permalink       article URL pattern with {@code {category}}, {@code {slug}}, {@code {year}}, {@code {month}}, {@code {day}}
 * @param defaultCategory category key for articles at the root of {@code content/}
 * @param categories      display names of category keys, in the order the navigation shows them
 * @param minTagArticles  how many articles a tag needs to get its own page
 * @param portable        relative links to files, so the site works opened from disk
 * @param rawText         additions to the raw-text parser's lists, by list name (see {@code RawTextRules})
 * @param params          other keys, passed to templates as {@code site.params}
 * @param metadata        tags, category inference and near-duplicates ({@code tags}, {@code
 *                        categoryConfidence}, {@code duplicates})
 */
public record SiteConfig(
        String title,
        String description,
        String language,
        ZoneId timezone,
        String baseUrl,
        String theme,
        int paginate,
        String permalink,
        String defaultCategory,
        Map<String, String> categories,
        int minTagArticles,
        boolean portable,
        Map<String, List<String>> rawText,
        Map<String, Object> params,
        MetadataSettings metadata) {

    public static final String DEFAULT_PERMALINK = "/{category}/{slug}/";

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(baseUrl, "baseUrl");
        categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
        rawText = Map.copyOf(rawText);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The configuration used when a source folder has no {@code site.yaml}. */
    public static SiteConfig defaults() {
        return new SiteConfig("Gazette", "", "vi", ZoneId.of("Asia/Ho_Chi_Minh"), "/", "default", 20,
                DEFAULT_PERMALINK, "tin-tuc", Map.of(), 2, false, Map.of(), Map.of(), MetadataSettings.defaults());
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, language, timezone, url, theme, paginate, permalink,
                defaultCategory, categories, minTagArticles, portable, rawText, params, metadata);
    }

    public SiteConfig withPortable(boolean p) {
        return new SiteConfig(title, description, language, timezone, baseUrl, theme, paginate, permalink,
                defaultCategory, categories, minTagArticles, p, rawText, params, metadata);
    }

    /** The display name of a category key: from {@code categories}, else the key itself. */
    public String categoryName(String key) {
        return categories.getOrDefault(key, key);
    }
}
