package org.gazette.content;

import org.gazette.config.SiteConfig;
import org.gazette.diag.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one content file: decodes its bytes, then hands the text to the reader for its format.
 * Pure and thread-safe: the same bytes always give the same result. Never throws for bad input;
 * a file that is not an article comes back skipped, with a diagnostic saying why.
 */
public final class ArticleReader {
    /** What a file under {@code content/} is, by its extension. */
    public enum FileKind { RAW_TEXT, MARKDOWN, HTML, ASSET, OTHER }

    private static final Set<String> ASSETS = Set.of("jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "pdf",
            "mp3", "mp4", "webm");

    private final RawTextParser rawText;
    private final MarkdownReader markdown;
    private final HtmlReader html;

    public ArticleReader(SiteConfig config) {
        RawTextRules rules = RawTextRules.defaults().withAdditions(config.rawText());
        this.rawText = new RawTextParser(rules, config.timezone());
        this.markdown = new MarkdownReader(config.timezone());
        this.html = new HtmlReader(rules, config.timezone());
    }

    public static FileKind kindOf(SourceFile file) {
        String ext = file.extension();
        return switch (ext) {
            case "txt", "text" -> FileKind.RAW_TEXT;
            case "md", "markdown" -> FileKind.MARKDOWN;
            case "html", "htm" -> FileKind.HTML;
            default -> ASSETS.contains(ext) ? FileKind.ASSET : FileKind.OTHER;
        };
    }

    public ReadResult read(SourceFile file, byte[] bytes) {
        FileKind kind = kindOf(file);
        if (kind == FileKind.ASSET || kind == FileKind.OTHER) {
            return ReadResult.skipped(Diagnostic.warning(file.relPath(), "not an article (."
                    + file.extension().toLowerCase(Locale.ROOT) + "); articles are .txt, .md or .html files"));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.binary()) {
            return ReadResult.skipped(Diagnostic.warning(file.relPath(), "binary data, not text; skipped"));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String problem : decoded.problems()) diagnostics.add(Diagnostic.warning(file.relPath(), problem));
        ReadResult r = switch (kind) {
            case RAW_TEXT -> rawText.parse(file.relPath(), decoded.text());
            case MARKDOWN -> markdown.read(file.relPath(), decoded.text());
            default -> html.read(file.relPath(), decoded.text()); // HTML: the other kinds were skipped above
        };
        if (diagnostics.isEmpty()) return r;
        diagnostics.addAll(r.diagnostics());
        return new ReadResult(r.article(), diagnostics);
    }
}
