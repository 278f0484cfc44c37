package org.gazette.enrich;

import org.gazette.config.SiteConfig;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Diagnostics;
import org.gazette.site.Article;
import org.gazette.text.Slugs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns drafts into site articles: category, slug, a unique path, tags. Runs over the drafts in
 * source-path order, which makes every choice (collision suffixes, display names) deterministic.
 */
public final class ArticleFactory {
    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final Categories categories;
    private final Permalinks permalinks;

    public ArticleFactory(SiteConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.categories = new Categories(config);
        this.permalinks = new Permalinks(config.permalink());
    }

    /**
     * @param drafts drafts in source-path order
     * @param tags   tags per draft, same order
     * @return one article per draft, same order
     */
    public List<Article> create(List<Draft> drafts, List<List<String>> tags) {
        List<String> keys = new ArrayList<>(drafts.size());
        for (Draft d : drafts) keys.add(categories.keyFor(d.file(), d.category()));
        // Category pages own their paths before any article asks for one.
        for (String key : categories.names().keySet()) permalinks.reserve(Categories.path(key));
        // a slug and the path it asks for depend on the draft alone: made in parallel, then paths are given out in order
        int n = drafts.size();
        String[] slugs = new String[n];
        String[] wanted = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            slugs[i] = slugFor(drafts.get(i));
            wanted[i] = permalinks.expand(Categories.slug(keys.get(i)), slugs[i], drafts.get(i).published());
        });
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Draft d = drafts.get(i);
            String slug = slugs[i];
            // a near-duplicate usually has its original's title: its numbered URL is expected
            if (d.copyOf() == null && permalinks.isTaken(wanted[i])) {
                diagnostics.add(Diagnostic.warning(d.file().relPath(),
                        "URL for slug '" + slug + "' is already taken; this article gets a numbered one"));
            }
            String path = permalinks.assign(wanted[i], Categories.slug(keys.get(i)), slug, d.published());
            out.add(new Article(d.file().relPath(), d.text(), path, d.published(), keys.get(i), tags.get(i), d.params()));
        }
        return out;
    }

    public Categories categories() {
        return categories;
    }

    private String slugFor(Draft d) {
        String given = d.slug();
        if (given != null && !given.isBlank()) {
            String cleaned = Slugs.of(given);
            if (!cleaned.equals(given.strip())) {
                String why = given.contains("..") || given.contains("/") || given.contains("\\")
                        ? "slug '" + given + "' would leave its folder; using '" + cleaned + "'"
                        : "slug '" + given + "' is not a plain ASCII slug; using '" + cleaned + "'";
                diagnostics.add(Diagnostic.warning(d.file().relPath(), why));
            }
            if (!cleaned.isEmpty()) return cleaned;
        }
        String fromTitle = Slugs.of(d.title());
        return fromTitle.isEmpty() ? "bai-viet-" + shortHash(d.file().relPath()) : fromTitle;
    }

    private static String shortHash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
