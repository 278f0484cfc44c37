package org.gazette.enrich;

import org.gazette.content.ParsedArticle;
import org.gazette.content.PublishedAt;
import org.gazette.content.SourceFile;
import org.gazette.site.Article;
import org.gazette.text.PackedText;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article between reading and enrichment: what enrichment and the site need of the reader's
 * findings, without the body (bodies are not kept for the whole archive). The title, lede and
 * byline are packed as {@link Article#pack} does, and the site article takes them over as they are.
 *
 * @param file      the source file
 * @param published publication date and time, or null when undated
 * @param category  the category the file gives itself (front matter), or null
 * @param tags      tags the file gives itself
 * @param slug      a slug the file gives itself, or null
 * @param params    other front-matter keys, kept for templates
 * @param text      title, lede (the given summary, else the first paragraph, shortened), author and
 *                  source, packed by {@link Article#pack}
 * @param copyOf    the source path of the article this one is a near-duplicate of, published in its
 *                  place; null for an article of its own
 */
public record Draft(SourceFile file, PublishedAt published, String category, List<String> tags, String slug,
                    Map<String, Object> params, PackedText text, String copyOf) {
    public Draft {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        tags = List.copyOf(tags);
        params = Map.copyOf(params);
    }

    /** Builds a draft from a full reading, dropping the body. */
    public static Draft of(SourceFile file, ParsedArticle parsed) {
        String lede = parsed.summary() != null && !parsed.summary().isBlank()
                ? Summaries.shorten(parsed.summary().strip(), Summaries.MAX_LENGTH)
                : Summaries.lede(parsed.body());
        return new Draft(file, parsed.published(), parsed.category(), parsed.tags(), parsed.slug(), parsed.params(),
                Article.pack(parsed.title(), lede, parsed.author(), parsed.source()), null);
    }

    public String title() {
        return text.get(0);
    }

    public String author() {
        return text.get(2);
    }

    public String source() {
        return text.get(3);
    }

    /** This draft with its text kept elsewhere (the same text, see {@link org.gazette.text.TextStore}). */
    public Draft withText(PackedText text) {
        return text == this.text ? this : new Draft(file, published, category, tags, slug, params, text, copyOf);
    }

    /** This draft with the category an enrichment step gave it (the file gave none). */
    public Draft withCategory(String category) {
        return new Draft(file, published, category, tags, slug, params, text, copyOf);
    }

    /** This draft as a near-duplicate of the article at {@code canonicalPath}. */
    public Draft asCopyOf(String canonicalPath) {
        return new Draft(file, published, category, tags, slug, params, text,
                Objects.requireNonNull(canonicalPath, "canonicalPath"));
    }
}
