package org.gazette.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader found in one file, before enrichment: the article's own metadata and body.
 * Everything a reader could not find is null (or empty); nothing is invented here.
 *
 * @param title     the headline (never blank)
 * @param published publication date and time, or null when undated
 * @param author    the byline's name(s), or null
 * @param source    the outlet or origin named by a {@code Nguồn:} / {@code Theo} line or front matter, or null
 * @param category  a category key given by the file itself (front matter), or null
 * @param tags      tags given by the file itself ({@code Từ khóa:} lines, front matter), in order
 * @param slug      a slug given by the file itself, or null
 * @param summary   a summary given by the file itself, or null
 * @param draft     whether the file marks itself as a draft
 * @param body      the body blocks in reading order
 * @param params    other front-matter keys, kept for templates
 */
public record ParsedArticle(
        String title,
        PublishedAt published,
        String author,
        String source,
        String category,
        List<String> tags,
        String slug,
        String summary,
        boolean draft,
        List<Block> body,
        Map<String, Object> params) {

    public ParsedArticle {
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
        body = List.copyOf(body);
        params = Map.copyOf(params);
    }
}
