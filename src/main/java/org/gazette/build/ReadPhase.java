package org.gazette.build;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.gazette.classify.CategoryFeatures;
import org.gazette.config.SiteConfig;
import org.gazette.content.ArticleReader;
import org.gazette.content.Block;
import org.gazette.content.ParsedArticle;
import org.gazette.content.ReadResult;
import org.gazette.content.SourceFile;
import org.gazette.dedup.DuplicateDetector;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Diagnostics;
import org.gazette.enrich.AlwaysTags;
import org.gazette.enrich.Draft;
import org.gazette.enrich.KeyphraseExtractor;
import org.gazette.enrich.Stopwords;
import org.gazette.enrich.TagAssigner;
import org.gazette.enrich.TagCandidates;
import org.gazette.text.FoldedWords;
import org.gazette.text.TextStore;

/**
 * The read step: every file read once, in parallel, into a draft (metadata and lede, no body), and
 * everything the later steps need from its text taken while the text is at hand: tag candidates,
 * the {@code always} names it contains, what the category classifier learns or must guess, its
 * near-duplicate signature, its length. Results land by file index, so they never depend on which
 * thread read what.
 */
final class ReadPhase {
    /** Tags per article the automatic tagger aims for. */
    static final int MIN_TAGS = 3;
    static final int MAX_TAGS = 8;

    final List<SourceFile> files;
    /** By file index: the draft, or null where nothing is published (not an article, unreadable, a draft). */
    final Draft[] drafts;
    /** By file index: the characters of the article's body text. */
    final int[] bodyChars;
    /** By file index: the {@code always} names the article contains, or null for none. */
    final List<String>[] alwaysFound;
    final TagAssigner tagger;
    /** Null when no file could lack a category (none sits at the root of {@code content/}). */
    final CategoryInference categories;
    final DuplicateDetector duplicates;

    private final ArticleReader reader;
    private final KeyphraseExtractor extractor = new KeyphraseExtractor(Stopwords.defaults());
    private final AlwaysTags always;
    private final Diagnostics diagnostics;

    @SuppressWarnings("unchecked")
    ReadPhase(SiteConfig config, ArticleReader reader, List<SourceFile> files, Diagnostics diagnostics) {
        this.files = files;
        this.reader = reader;
        this.diagnostics = diagnostics;
        this.drafts = new Draft[files.size()];
        this.bodyChars = new int[files.size()];
        this.alwaysFound = new List[files.size()];
        this.tagger = new TagAssigner(MIN_TAGS, MAX_TAGS, config.metadata().tags());
        this.always = new AlwaysTags(config.metadata().tags().always());
        boolean rootArticles = files.stream().anyMatch(f -> f.topFolder() == null && ArticleReader.kindOf(f) != ArticleReader.FileKind.ASSET);
        this.categories = rootArticles ? new CategoryInference(Runtime.getRuntime().maxMemory() / 16) : null;
        this.duplicates = new DuplicateDetector(files.size());
    }

    /**
     * Reads file {@code i}, or takes what the previous build read from it when it has not changed;
     * {@code bodies} keeps a body read now for rendering; {@code texts}, when not null, keeps the
     * draft's packed text out of the heap. Thread-safe for distinct {@code i}.
     */
    void read(int i, ReadCache cache, BodyCache bodies, TextStore texts) {
        SourceFile f = files.get(i);
        if (ArticleReader.kindOf(f) == ArticleReader.FileKind.ASSET) return;
        // a record from a build that did not need classifier features is read again when this one does
        ReadRecord r = cache == null ? null : cache.reuse(f, c -> c.draft() == null || categories == null || c.features() != null);
        if (r == null) {
            r = readRecord(f);
            if (cache != null) cache.put(f, r);
            if (bodies != null && r.body() != null) bodies.offer(f.relPath(), r.body());
        }
        diagnostics.addAll(r.diagnostics());
        Draft d = r.draft();
        if (d == null) return;
        tagger.add(i, r.candidates(), r.definitions());
        alwaysFound[i] = r.always();
        if (categories != null) categories.observe(i, f, d.category(), r.features());
        duplicates.add(i, r.signature());
        bodyChars[i] = r.bodyChars();
        drafts[i] = texts == null ? d : d.withText(texts.keep(d.text()));
    }

    /** Everything the read step takes from one file's text, read now. */
    private ReadRecord readRecord(SourceFile f) {
        Attempt attempt = attempt(f);
        ReadResult result = attempt.result();
        if (!result.hasArticle()) return ReadRecord.nothing(result.diagnostics(), !attempt.failed());
        ParsedArticle p = result.article();
        if (p.draft()) {
            List<Diagnostic> ds = new ArrayList<>(result.diagnostics());
            ds.add(Diagnostic.info(f.relPath(), "draft: not published"));
            return ReadRecord.nothing(ds, true);
        }
        List<String> paragraphs = new ArrayList<>(p.body().size());
        List<String> blocks = new ArrayList<>(p.body().size());
        int chars = 0;
        for (Block b : p.body()) {
            blocks.add(b.plainText());
            chars += b.plainText().length();
            if (!b.isCaption()) paragraphs.add(b.plainText());
        }
        FoldedWords title = new FoldedWords().add(p.title());
        FoldedWords body = new FoldedWords().addAll(blocks);
        List<String> found = always.isEmpty() ? List.of() : always.in(title, body);
        return new ReadRecord(result.diagnostics(), Draft.of(f, p), chars, found.isEmpty() ? null : found,
                TagCandidates.of(extractor.extract(p.title(), paragraphs)), extractor.definitions(p.title(), paragraphs),
                categories == null ? null : CategoryFeatures.of(title, body), DuplicateDetector.signature(body),
                p.body(), true);
    }

    /** The classifier's features of article {@code i}, read again from its file; null when it cannot be read now. */
    int[] featuresAgain(int i) {
        ReadResult r = attempt(files.get(i)).result();
        if (!r.hasArticle()) return null;
        List<String> blocks = r.article().body().stream().map(Block::plainText).toList();
        return CategoryFeatures.of(new FoldedWords().add(r.article().title()), new FoldedWords().addAll(blocks));
    }

    /**
     * One file read and parsed; {@code failed} when it could not be (then it is not cached: the next
     * build tries again).
     */
    private record Attempt(ReadResult result, boolean failed) { }

    /** Reads one file; a failure here is about this file only and never stops the build. */
    private Attempt attempt(SourceFile f) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f.path());
        } catch (IOException | OutOfMemoryError e) {
            return new Attempt(ReadResult.skipped(Diagnostic.warning(f.relPath(), "cannot be read: " + e.getMessage())), true);
        }
        try {
            return new Attempt(reader.read(f, bytes), false);
        } catch (RuntimeException | StackOverflowError e) {
            return new Attempt(ReadResult.skipped(Diagnostic.error(f.relPath(), 0,
                    "could not be parsed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); skipped")), true);
        }
    }
}
