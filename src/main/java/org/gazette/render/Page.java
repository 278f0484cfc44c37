package org.gazette.render;

import org.gazette.site.Term;

import java.util.Objects;

/**
 * One page to render: small, so a plan for a million articles stays small.
 *
 * @param kind   what kind of page
 * @param path   its site path
 * @param index  the article's index in site order (article pages), else -1
 * @param term   the category or tag (term pages), else null
 * @param number page number of a paginated list, from 1; 1 for other pages
 * @param total  number of pages of the list; 1 for other pages
 */
public record Page(PageKind kind, String path, int index, Term term, int number, int total) {
    public Page {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    static Page single(PageKind kind, String path) {
        return new Page(kind, path, -1, null, 1, 1);
    }
}
