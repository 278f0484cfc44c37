package org.gazette.site;

import org.gazette.config.SiteConfig;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole site as data: articles in site order (newest first, undated last) and the
 * taxonomies over them. Built once by {@link SiteAssembler}; immutable afterwards.
 *
 * @param config     the configuration the site was built with
 * @param articles   published articles, newest first
 * @param categories categories in navigation order
 * @param tags       all tags, keyed by identity key, sorted by key
 * @param archive    the date archive
 * @param related    related articles of every article
 * @param copies     near-duplicates published as pages pointing at their canonical article, listed nowhere
 */
public record Site(SiteConfig config, List<Article> articles, List<Term> categories, Map<String, Term> tags,
                   Archive archive, Related related, List<Copy> copies) {
    public Site {
        Objects.requireNonNull(config, "config");
        articles = List.copyOf(articles);
        categories = List.copyOf(categories);
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(related, "related");
        copies = List.copyOf(copies);
    }

    /** A site without copies. */
    public Site(SiteConfig config, List<Article> articles, List<Term> categories, Map<String, Term> tags,
                Archive archive, Related related) {
        this(config, articles, categories, tags, archive, related, List.of());
    }

    public Site withCopies(List<Copy> c) {
        return new Site(config, articles, categories, tags, archive, related, c);
    }

    public Term category(String key) {
        for (Term t : categories) if (t.key().equals(key)) return t;
        throw new IllegalArgumentException("no category " + key);
    }
}
