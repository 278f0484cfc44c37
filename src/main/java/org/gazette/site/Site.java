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
 */
public record Site(SiteConfig config, List<Article> articles, List<Term> categories, Map<String, Term> tags,
                   Archive archive, Related related) {
    public Site {
        Objects.requireNonNull(config, "config");
        articles = List.copyOf(articles);
        categories = List.copyOf(categories);
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(related, "related");
    }

    public Term category(String key) {
        for (Term t : categories) if (t.key().equals(key)) return t;
        throw new IllegalArgumentException("no category " + key);
    }
}
