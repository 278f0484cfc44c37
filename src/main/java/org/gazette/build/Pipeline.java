package org.gazette.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gazette.config.MetadataSettings.Duplicates;
import org.gazette.config.SiteConfig;
import org.gazette.content.ArticleReader;
import org.gazette.content.SourceFile;
import org.gazette.dedup.DuplicateGroup;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Diagnostics;
import org.gazette.enrich.ArticleFactory;
import org.gazette.enrich.Categories;
import org.gazette.enrich.Draft;
import org.gazette.enrich.TagMemo;
import org.gazette.enrich.TagOrder;
import org.gazette.site.Article;
import org.gazette.site.AssemblyMemo;
import org.gazette.site.Copy;
import org.gazette.site.Site;
import org.gazette.site.SiteAssembler;
import org.gazette.text.KeyMemo;
import org.gazette.text.StringHash;
import org.gazette.text.TextStore;

/**
 * The steps that turn an archive into a site model without writing anything, shared by {@code
 * gazette build} and {@code gazette check}: scan → read → enrich → assemble.
 *
 * <p>Enrich decides, in this order: the category of articles that give none (guessed by the
 * classifier, see {@link CategoryInference}); near-duplicates and their canonical article (the
 * earliest dated, then the longest, then the first by source path); tags (an article's own, the
 * {@code always} names it contains, then the tagger's, ordered by usefulness); and the site
 * articles with their URLs. A copy gets no tags of its own and does not count in anyone else's.
 */
final class Pipeline {
    private final SiteConfig config;
    private final Path contentDir;
    private final int threads;
    private final Diagnostics diagnostics;
    private final Progress progress;
    private final ArticleReader reader;
    /** Tag names' keys: folded when tags are ordered, read again when the site is assembled. */
    private final KeyMemo tagKeys = new KeyMemo();

    Pipeline(SiteConfig config, Path contentDir, int threads, Diagnostics diagnostics, Progress progress) {
        this.config = config;
        this.contentDir = contentDir;
        this.threads = threads;
        this.diagnostics = diagnostics;
        this.progress = progress;
        this.reader = new ArticleReader(config);
    }

    ArticleReader reader() {
        return reader;
    }

    /** The files under {@code content/}, sorted by relative path. */
    List<SourceFile> scan() {
        return SourceScanner.scan(contentDir, rel -> diagnostics.add(Diagnostic.warning(rel, "cannot be read; skipped")));
    }

    /**
     * Reads every file in parallel. {@code cache}, when not null, gives what unchanged files held
     * at the previous build and keeps what this one reads; {@code bodies}, when not null, keeps
     * bodies for rendering; {@code texts}, when not null, keeps the drafts' titles, ledes and
     * bylines out of the heap.
     */
    ReadPhase read(List<SourceFile> files, ReadCache cache, BodyCache bodies, TextStore texts) {
        ReadPhase phase = new ReadPhase(config, reader, files, diagnostics);
        progress.start("read", files.size());
        Parallel.forEach(files.size(), threads, i -> {
            phase.read(i, cache, bodies, texts);
            progress.step();
        });
        progress.end();
        return phase;
    }

    /**
     * Categories, duplicates, tags and URLs; {@code bodies}, when not null, forgets the bodies of
     * dropped copies; {@code tagCache}, when not null, gives the tags of articles whose choice
     * reads what it read at the previous build, and keeps this build's.
     */
    Enriched enrich(ReadPhase read, BodyCache bodies, TagCache tagCache) {
        Draft[] drafts = read.drafts.clone();
        Map<String, CategoryGuess> guesses = inferCategories(read, drafts);
        Duplicates mode = config.metadata().duplicates();
        for (DuplicateGroup g : DuplicateGroup.choose(read.duplicates.groups(), preference(drafts, read.bodyChars))) {
            String canonical = drafts[g.canonical()].file().relPath();
            for (int copy : g.copies()) {
                drafts[copy] = drafts[copy].asCopyOf(canonical);
                if (mode != Duplicates.KEEP) read.tagger.withdraw(copy);
                diagnostics.add(duplicateNote(drafts[copy].file().relPath(), canonical, mode));
                if (mode == Duplicates.DROP && bodies != null) bodies.discard(drafts[copy].file().relPath());
            }
        }
        List<List<String>> required = new ArrayList<>(drafts.length);
        for (int i = 0; i < drafts.length; i++) {
            boolean ownTags = drafts[i] != null && (drafts[i].copyOf() == null || mode == Duplicates.KEEP);
            List<String> r = new ArrayList<>(ownTags ? drafts[i].tags() : List.of());
            if (ownTags && read.alwaysFound[i] != null) r.addAll(read.alwaysFound[i]);
            required.add(r);
        }
        TagMemo memo = null;
        if (tagCache != null) {
            long[] pathHashes = new long[drafts.length];
            for (int i = 0; i < drafts.length; i++) if (drafts[i] != null) pathHashes[i] = StringHash.of(drafts[i].file().relPath());
            memo = tagCache.forArticles(pathHashes);
        }
        List<List<String>> allTags = read.tagger.assign(required, memo);
        if (tagCache != null) tagCache.dropPrevious();

        List<Draft> all = new ArrayList<>();
        List<Integer> bodyChars = new ArrayList<>();
        List<Draft> published = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        List<Draft> copies = new ArrayList<>();
        for (int i = 0; i < drafts.length; i++) {
            if (drafts[i] == null) continue;
            all.add(drafts[i]);
            bodyChars.add(read.bodyChars[i]);
            if (drafts[i].copyOf() != null && mode != Duplicates.KEEP) {
                if (mode == Duplicates.LINK) copies.add(drafts[i]);
                continue;
            }
            published.add(drafts[i]);
            tags.add(allTags.get(i));
        }
        tags = new ArrayList<>(TagOrder.byUsefulness(tags, config.minTagArticles(), tagKeys)); // copies are added below
        // copies last, so that an original keeps the plain URL its title gives when a copy sorts first
        published.addAll(copies);
        for (int c = 0; c < copies.size(); c++) tags.add(List.of());
        ArticleFactory factory = new ArticleFactory(config, diagnostics);
        List<Article> articles = factory.create(published, tags);
        return new Enriched(all, bodyChars.stream().mapToInt(Integer::intValue).toArray(), articles,
                factory.categories().names(), guesses);
    }

    /**
     * The site: articles of their own in site order with their taxonomies, and copies pointing at them.
     *
     * @param articles      {@link Enriched#articles()}
     * @param categoryNames {@link Enriched#categoryNames()}
     * @param copyOf        {@link Enriched#copies()}
     * @param memo          an earlier build's order and related articles, and told this build's
     */
    Site assemble(List<Article> articles, Map<String, String> categoryNames, Map<String, String> copyOf, AssemblyMemo memo) {
        List<Article> own = new ArrayList<>();
        List<Article> copies = new ArrayList<>();
        for (Article a : articles) {
            boolean copy = copyOf.containsKey(a.sourcePath()) && config.metadata().duplicates() == Duplicates.LINK;
            (copy ? copies : own).add(a);
        }
        Site site = SiteAssembler.assemble(config, own, categoryNames, Categories::path, tagKeys, memo);
        if (copies.isEmpty()) return site;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < site.articles().size(); i++) index.put(site.articles().get(i).sourcePath(), i);
        List<Copy> out = new ArrayList<>(copies.size());
        for (Article a : copies) {
            int canonical = index.get(copyOf.get(a.sourcePath()));
            // a copy is shown under its category, or its original's when no listed article has that category
            boolean listedCategory = site.categories().stream().anyMatch(t -> t.key().equals(a.categoryKey()));
            String category = listedCategory ? a.categoryKey() : site.articles().get(canonical).categoryKey();
            out.add(new Copy(a.untaggedIn(category), canonical));
        }
        return site.withCopies(out);
    }

    private Map<String, CategoryGuess> inferCategories(ReadPhase read, Draft[] drafts) {
        if (read.categories == null) return Map.of();
        double threshold = config.metadata().categoryConfidence();
        Map<String, CategoryGuess> out = new LinkedHashMap<>();
        read.categories.guess(threshold, read::featuresAgain).forEach((i, g) -> {
            if (drafts[i] == null) return;
            String path = drafts[i].file().relPath();
            out.put(path, g);
            String how = String.format(Locale.ROOT, "category '%s' guessed with confidence %.2f", g.category(), g.confidence());
            if (g.applied()) {
                drafts[i] = drafts[i].withCategory(read.categories.name(g.category()));
                diagnostics.add(Diagnostic.info(path, how + " (no folder or front matter gives one)"));
            } else {
                diagnostics.add(Diagnostic.info(path, how + ", below categoryConfidence " + threshold
                        + "; using defaultCategory '" + config.defaultCategory() + "'"));
            }
        });
        return out;
    }

    /** Which of two near-duplicates to publish: dated before undated, the earliest, the longest, the first path. */
    private static Comparator<Integer> preference(Draft[] drafts, int[] bodyChars) {
        return Comparator.<Integer, Boolean>comparing(i -> drafts[i].published() == null)
                .thenComparing(i -> drafts[i].published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> -bodyChars[i])
                .thenComparing(i -> drafts[i].file().relPath());
    }

    private static Diagnostic duplicateNote(String copy, String canonical, Duplicates mode) {
        return switch (mode) {
            case LINK -> Diagnostic.info(copy, "near-duplicate of " + canonical + "; published as a page pointing at it");
            case DROP -> Diagnostic.warning(copy, "near-duplicate of " + canonical + "; not published (duplicates: drop)");
            case KEEP -> Diagnostic.info(copy, "near-duplicate of " + canonical + "; published as well (duplicates: keep)");
        };
    }
}
