package org.gazette.enrich;

import org.gazette.content.ParsedArticle;
import org.gazette.content.SourceFile;

import java.util.List;
import java.util.Objects;

/**
 * An article between reading and enrichment: its metadata without the body (bodies are not kept
 * for the whole archive) and its lede.
 *
 * @param file   the source file
 * @param meta   what the reader found, with an empty body
 * @param lede   the summary to use: the given one, else the first paragraph, shortened
 * @param copyOf the source path of the article this one is a near-duplicate of, published in its
 *               place; null for an article of its own
 */
public record Draft(SourceFile file, ParsedArticle meta, String lede, String copyOf) {
    public Draft {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(lede, "lede");
    }

    public Draft(SourceFile file, ParsedArticle meta, String lede) {
        this(file, meta, lede, null);
    }

    /** Builds a draft from a full reading, dropping the body. */
    public static Draft of(SourceFile file, ParsedArticle parsed) {
        String lede = parsed.summary() != null && !parsed.summary().isBlank()
                ? Summaries.shorten(parsed.summary().strip(), Summaries.MAX_LENGTH)
                : Summaries.lede(parsed.body());
        ParsedArticle meta = new ParsedArticle(parsed.title(), parsed.published(), parsed.author(), parsed.source(),
                parsed.category(), parsed.tags(), parsed.slug(), parsed.summary(), parsed.draft(), List.of(),
                parsed.params());
        return new Draft(file, meta, lede);
    }

    /** This draft with the category an enrichment step gave it (the file gave none). */
    public Draft withCategory(String category) {
        ParsedArticle m = meta;
        return new Draft(file, new ParsedArticle(m.title(), m.published(), m.author(), m.source(), category, m.tags(),
                m.slug(), m.summary(), m.draft(), m.body(), m.params()), lede, copyOf);
    }

    /** This draft as a near-duplicate of the article at {@code canonicalPath}. */
    public Draft asCopyOf(String canonicalPath) {
        return new Draft(file, meta, lede, Objects.requireNonNull(canonicalPath, "canonicalPath"));
    }
}
