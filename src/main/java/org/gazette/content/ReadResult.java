package org.gazette.content;

import org.gazette.diag.Diagnostic;

import java.util.List;

/**
 * What reading one file gives: an article, or none (the file was skipped), and what was noticed.
 * A skipped file always comes with at least one diagnostic that says why.
 */
public record ReadResult(ParsedArticle article, List<Diagnostic> diagnostics) {
    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public static ReadResult of(ParsedArticle article, List<Diagnostic> diagnostics) {
        return new ReadResult(article, diagnostics);
    }

    public static ReadResult skipped(Diagnostic why) {
        return new ReadResult(null, List.of(why));
    }

    public boolean hasArticle() {
        return article != null;
    }
}
