package org.gazette.build;

import org.gazette.content.ArticleReader;
import org.gazette.content.Block;
import org.gazette.content.ReadResult;
import org.gazette.content.SourceFile;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Diagnostics;
import org.gazette.render.BodySource;
import org.gazette.site.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Article bodies between reading and rendering. Bodies are kept from the first read while they fit
 * a memory budget; past it, and for files the build did not read because they had not changed,
 * the body comes from the {@link ReadCache}, or else its file is read and parsed again. A million
 * articles fit a fixed heap. Each body is handed out once and then forgotten.
 */
final class BodyCache implements BodySource {
    private final ArticleReader reader;
    private final ReadCache cache;
    private final Path contentDir;
    private final Diagnostics diagnostics;
    private final long budgetChars;
    private final AtomicLong usedChars = new AtomicLong();
    private final Map<String, List<Block>> kept = new ConcurrentHashMap<>();

    /** @param cache where bodies that were not kept are found before their files are parsed again; may be null */
    BodyCache(ArticleReader reader, Path contentDir, ReadCache cache, Diagnostics diagnostics, long budgetBytes) {
        this.reader = reader;
        this.cache = cache;
        this.contentDir = contentDir;
        this.diagnostics = diagnostics;
        this.budgetChars = budgetBytes / 2;
    }

    /** Heap the archive's own records may take until rendering ends, per source file (measured at 100,000). */
    private static final long RECORD_BYTES = 2_048;

    /**
     * The memory for kept bodies in an archive of {@code files} files: a quarter of the heap, less
     * what the archive's records will take, so that kept bodies never crowd out the records of a
     * large archive (at a million articles in 2 GB, no body is kept).
     */
    static long budget(int files) {
        return Math.max(0, Runtime.getRuntime().maxMemory() / 4 - files * RECORD_BYTES);
    }

    /** Keeps a body from the first read if it fits the budget. */
    void offer(String relPath, List<Block> body) {
        long size = size(body);
        if (usedChars.addAndGet(size) <= budgetChars) {
            kept.put(relPath, body);
        } else {
            usedChars.addAndGet(-size);
        }
    }

    /** Forgets a kept body whose page will not be rendered (a near-duplicate dropped). */
    void discard(String relPath) {
        List<Block> body = kept.remove(relPath);
        if (body != null) usedChars.addAndGet(-size(body));
    }

    /** Roughly the chars a body holds, with something for the objects around them. */
    private static long size(List<Block> body) {
        long size = 64;
        for (Block b : body) size += b.text().length() + b.plainText().length() + 32L;
        return size;
    }

    @Override
    public long bodyHash(Article article) {
        return cache == null ? 0 : cache.bodyHash(article.sourcePath());
    }

    @Override
    public List<Block> body(Article article) {
        List<Block> body = kept.remove(article.sourcePath());
        if (body != null) return body;
        body = cache == null ? null : cache.body(article.sourcePath());
        if (body != null) return body;
        Path file = contentDir.resolve(article.sourcePath());
        try {
            byte[] bytes = Files.readAllBytes(file);
            ReadResult r = reader.read(new SourceFile(contentDir, article.sourcePath(), bytes.length), bytes);
            if (r.hasArticle()) return r.article().body();
        } catch (IOException e) {
            // reported below
        }
        diagnostics.add(Diagnostic.warning(article.sourcePath(), "changed or vanished during the build; its page has no text"));
        return List.of();
    }
}
