package org.gazette.site;

import org.gazette.content.PublishedAt;
import org.gazette.text.PackedText;
import org.gazette.text.StringHash;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An enriched article as the site knows it: everything lists, taxonomies, feeds and the search
 * index need, but not the body. Bodies are fetched one at a time when the article's own page is
 * rendered, and the title, summary and byline are kept packed (see {@link PackedText}), so that a
 * million of these fit in a fixed heap. Immutable; equal when every value is.
 */
public final class Article {
    private final String sourcePath;
    private final String path;
    private final PublishedAt published;
    private final String categoryKey;
    private final List<String> tags;
    private final Map<String, Object> params;
    /** Title, summary, author and source, as {@link #pack} orders them. */
    private final PackedText text;
    /** {@link #digest}, once computed (0 until then); threads that race compute the same value. */
    private long digest;

    /**
     * @param sourcePath  the file's path under {@code content/}: the article's identity
     * @param title       the headline
     * @param path        site path of the article page, starting and ending with {@code /}
     * @param published   publication date, or null when undated
     * @param author      byline, or null
     * @param source      source outlet, or null
     * @param categoryKey key of the article's category
     * @param tags        tag display names, best first
     * @param summary     the lede or the given summary, plain text
     * @param params      extra front-matter values for templates
     */
    public Article(String sourcePath, String title, String path, PublishedAt published, String author, String source,
                   String categoryKey, List<String> tags, String summary, Map<String, Object> params) {
        this(sourcePath, pack(title, summary == null ? "" : summary, author, source),
                path, published, categoryKey, tags, params);
    }

    /** An article whose title, summary and byline were packed by {@link #pack} (which checked the title). */
    public Article(String sourcePath, PackedText text, String path, PublishedAt published, String categoryKey,
                   List<String> tags, Map<String, Object> params) {
        this.sourcePath = Objects.requireNonNull(sourcePath, "sourcePath");
        this.text = Objects.requireNonNull(text, "text");
        this.path = Objects.requireNonNull(path, "path");
        this.published = published;
        this.categoryKey = Objects.requireNonNull(categoryKey, "categoryKey");
        this.tags = List.copyOf(tags);
        this.params = Map.copyOf(params);
    }

    /** The packed text an article keeps; drafts keep theirs this way from the start, so articles share it. */
    public static PackedText pack(String title, String summary, String author, String source) {
        return PackedText.of(Objects.requireNonNull(title, "title"), summary, author, source);
    }

    /** This article filed under another category, without tags: how a near-duplicate's page shows it. */
    public Article untaggedIn(String categoryKey) {
        return new Article(sourcePath, text, path, published, categoryKey, List.of(), params);
    }

    public String sourcePath() {
        return sourcePath;
    }

    public String title() {
        return text.get(0);
    }

    public String path() {
        return path;
    }

    public PublishedAt published() {
        return published;
    }

    public String author() {
        return text.get(2);
    }

    public String source() {
        return text.get(3);
    }

    public String categoryKey() {
        return categoryKey;
    }

    public List<String> tags() {
        return tags;
    }

    /** The lede or the given summary, plain text; empty when there is none. */
    public String summary() {
        String s = text.get(1);
        return s == null ? "" : s;
    }

    public Map<String, Object> params() {
        return params;
    }

    public boolean dated() {
        return published != null;
    }

    /**
     * A 64-bit hash of everything the article holds, its text read packed: equal articles have equal
     * digests. What is made of an article alone (its card, its feed item, its search record) is the
     * same while its digest is, so a rebuild can tell it unchanged without decoding the text.
     */
    public long digest() {
        long d = digest;
        if (d == 0) {
            d = computeDigest();
            if (d == 0) d = 1; // 0 marks "not computed yet"
            digest = d;
        }
        return d;
    }

    private long computeDigest() {
        long h = StringHash.combine(StringHash.of(sourcePath), text.digest());
        h = StringHash.combine(h, StringHash.of(path));
        h = StringHash.combine(h, published == null ? 0 : published.digest());
        h = StringHash.combine(h, StringHash.of(categoryKey));
        h = StringHash.combine(h, tags.size());
        for (String tag : tags) h = StringHash.combine(h, StringHash.of(tag));
        return StringHash.combine(h, valueDigest(params));
    }

    /** Front-matter values: maps by sorted key (their iteration order varies from run to run), lists in order. */
    private static long valueDigest(Object v) {
        if (v instanceof Map<?, ?> m) {
            long h = StringHash.combine(1, m.size());
            if (m.isEmpty()) return h; // most articles have no front matter: no stream to sort
            for (Object key : m.keySet().stream().sorted(Comparator.comparing(String::valueOf)).toList()) {
                h = StringHash.combine(StringHash.combine(h, valueDigest(key)), valueDigest(m.get(key)));
            }
            return h;
        }
        if (v instanceof Collection<?> c) {
            long h = StringHash.combine(2, c.size());
            for (Object e : c) h = StringHash.combine(h, valueDigest(e));
            return h;
        }
        if (v == null) return 3;
        return StringHash.combine(StringHash.of(v.getClass().getName()), StringHash.of(v.toString()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article a && sourcePath.equals(a.sourcePath) && text.equals(a.text) && path.equals(a.path)
                && Objects.equals(published, a.published) && categoryKey.equals(a.categoryKey) && tags.equals(a.tags)
                && params.equals(a.params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourcePath, path, published, categoryKey);
    }

    @Override
    public String toString() {
        return "Article[" + sourcePath + " → " + path + "]";
    }
}
