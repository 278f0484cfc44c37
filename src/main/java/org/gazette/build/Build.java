package org.gazette.build;

import org.gazette.config.ConfigLoader;
import org.gazette.config.SiteConfig;
import org.gazette.content.ArticleReader;
import org.gazette.content.Block;
import org.gazette.content.SourceFile;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Diagnostics;
import org.gazette.diag.GazetteException;
import org.gazette.output.CacheFiles;
import org.gazette.output.OutputGuard;
import org.gazette.output.StagedOutput;
import org.gazette.render.DateFormats;
import org.gazette.render.Links;
import org.gazette.render.Page;
import org.gazette.render.PageKind;
import org.gazette.render.PageFingerprints;
import org.gazette.render.PageModels;
import org.gazette.render.PagePlanner;
import org.gazette.render.SitePlan;
import org.gazette.render.TemplateEngine;
import org.gazette.render.Theme;
import org.gazette.render.Translations;
import org.gazette.search.DocOrder;
import org.gazette.search.SearchIndexWriter;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.text.TextStore;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One build, as a fixed list of steps: configure → read → enrich → assemble → render (and index
 * for search) → index (write the search index) → publish; the steps up to assemble are the
 * {@link Pipeline} that {@code gazette check} runs too.
 * Each step's time is reported. Problems with single files become diagnostics and the rest is
 * built; only a problem with the site as a whole (configuration, theme, output folder) is fatal.
 */
public final class Build {
    private final BuildOptions options;
    private final Diagnostics diagnostics;
    private final Progress progress;
    private final Map<String, Long> phases = new LinkedHashMap<>();

    public Build(BuildOptions options, Diagnostics diagnostics) {
        this(options, diagnostics, Progress.NONE);
    }

    public Build(BuildOptions options, Diagnostics diagnostics, Progress progress) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.progress = progress;
    }

    public BuildReport run() {
        Path source = options.source().toAbsolutePath().normalize();
        Path output = options.outputOrDefault().toAbsolutePath().normalize();

        long t = System.nanoTime();
        SiteConfig config = configure(source);
        Links links = links(config);
        if (!links.hasHost() && !config.portable()) {
            diagnostics.add(Diagnostic.warning(ConfigLoader.FILE_NAME, "baseUrl '" + config.baseUrl()
                    + "' has no host, so feeds, the sitemap and canonical links cannot be absolute"
                    + " (set baseUrl: https://your.site/ or use --base-url)"));
        }
        Theme theme = Theme.resolve(source, config.theme());
        Setup setup = new Setup(config, links, theme, new TemplateEngine(theme, config.locale()),
                Translations.load(theme, config.language()), ReadCache.key(source.resolve(ConfigLoader.FILE_NAME)));
        OutputGuard.check(output, source, options.force());
        t = lap("configure", t);

        Path cacheFile = cacheFile(output);
        Path textFile = output.resolveSibling("." + output.getFileName() + ".text");
        try (ReadCache cache = ReadCache.open(cacheFile, setup.key(), options.reuse(),
                message -> diagnostics.add(Diagnostic.warning(cacheFile.getFileName().toString(), message)));
             TextStore texts = TextStore.open(textFile,
                     message -> diagnostics.add(Diagnostic.warning(textFile.getFileName().toString(), message)))) {
            return run(source.resolve("content"), output, setup, cache, texts, t);
        }
    }

    /**
     * What the configure step settles for the rest of the build.
     *
     * @param key what the output depends on besides the content and the theme (the Gazette code and
     *            {@code site.yaml}), as {@link ReadCache#key} gives it
     */
    private record Setup(SiteConfig config, Links links, Theme theme, TemplateEngine engine,
                         Map<String, String> translations, long key) { }

    private BuildReport run(Path contentDir, Path output, Setup setup, ReadCache cache, TextStore texts, long t) {
        SiteConfig config = setup.config();
        Map<String, String> translations = setup.translations();
        Pipeline pipeline = new Pipeline(config, contentDir, options.threads(), diagnostics, progress);
        Path tagFile = output.resolveSibling("." + output.getFileName() + ".tags");
        TagCache tags = TagCache.open(tagFile, setup.key(), options.reuse(),
                message -> diagnostics.add(Diagnostic.warning(tagFile.getFileName().toString(), message)));
        Path siteFile = output.resolveSibling("." + output.getFileName() + ".site");
        AssemblyCache assembly = AssemblyCache.open(siteFile, setup.key(), options.reuse(),
                message -> diagnostics.add(Diagnostic.warning(siteFile.getFileName().toString(), message)));
        OutputAhead ahead = new OutputAhead(output);
        Path indexCache = output.resolveSibling("." + output.getFileName() + ".search");
        SearchIndexWriter.Cache searchCache = options.search() ? new SearchIndexWriter.Cache(indexCache, setup.key(), options.reuse(),
                message -> diagnostics.add(Diagnostic.warning(indexCache.getFileName().toString(), message))) : null;
        Model model;
        SitePlan plan;
        try {
            // assembling leaves a core free: the output and the previous search index are opened beside it
            model = model(pipeline, contentDir, cache, texts, tags, assembly, () -> {
                ahead.start();
                if (searchCache != null) searchCache.readAhead();
            });
            plan = PagePlanner.plan(model.site(), options.search());
        } catch (RuntimeException | Error e) {
            ahead.discard();
            if (searchCache != null) searchCache.discard();
            throw e;
        }
        Site site = model.site();
        BodyCache bodies = model.bodies();
        List<Page> pages = plan.pages();
        t = lap("assemble", model.enrichedAt());

        try (StagedOutput out = ahead.get();
             SearchIndexWriter index = searchCache != null
                     ? new SearchIndexWriter(site, out, new DateFormats(translations, config.locale())::shortForm,
                             options.threads(), searchCache, output.resolveSibling("." + output.getFileName() + ".runs"))
                     : null) {
            PageModels models = new PageModels(site, setup.links(), translations, bodies, plan, options.search());
            PageFingerprints fingerprints = new PageFingerprints(setup.key(), setup.theme(), models);
            TemplateEngine engine = setup.engine();
            progress.start("render", pages.size());
            RenderOrder order = renderOrder(pages, index == null ? null : index.order());
            int[] visit = order.visit();
            IndexAhead indexAhead = index == null ? null : new IndexAhead(index::finish, order.indexedFirst());
            try {
                Parallel.forEach(pages.size(), options.threads(), i -> {
                    Page p = pages.get(visit[i]);
                    Article a = p.kind() == PageKind.ARTICLE ? site.articles().get(p.index()) : null;
                    // Fetched at most once, for the page and for the search index, and only if one of them needs it.
                    Once<List<Block>> body = a == null ? null : new Once<>(() -> bodies.body(a));
                    if (index != null && a != null) index.add(index.order().docId(p.index()), a, bodies.bodyHash(a), body);
                    // articles, lists and feeds are fingerprinted by a stand-in for their model, built only to render
                    Map<String, Object> standIn = models.fingerprintStandIn(p);
                    Map<String, Object> data = standIn == null ? models.model(p, body) : null;
                    long fingerprint = fingerprints.of(standIn != null ? standIn : data);
                    String file = Links.outputFile(p.path());
                    // a page made from the same model as at the previous build is the same page
                    if (!options.reuse() || !out.keep(file, fingerprint)) {
                        if (data == null) data = models.model(p, body);
                        out.write(file, engine.render(p.kind().template(), data), fingerprint);
                    }
                    if (body != null && !body.fetched()) bodies.discard(a.sourcePath()); // a body kept from reading, not needed
                    if (a != null && indexAhead != null) indexAhead.pageDone();
                    progress.step();
                });
            } catch (RuntimeException | Error e) {
                if (indexAhead != null) indexAhead.abandon();
                throw e;
            }
            progress.end();
            StaticFiles.copy(setup.theme().staticRoots(), out);
            for (SourceFile f : model.assets()) out.copy(f.relPath(), f.path());
            t = lap("render", t);
            if (indexAhead != null) {
                indexAhead.await(); // what is left of finishing the index once every page is rendered
                t = lap("index", t);
            }
            // the caches beside the output are written while the output is committed: they hold what
            // this build computed from its inputs, true whether or not its output lands
            Runnable[] commits = {out::commit, () -> {
                cache.commit();
                tags.commit();
                assembly.commit();
            }};
            Parallel.forEach(commits.length, options.threads(), i -> commits[i].run());
            CacheFiles.awaitDeletions();
            lap("publish", t);
            return new BuildReport(output, model.files(), model.articles(), model.files() - model.articles(),
                    out.files(), out.bytes(), out.unchanged(), cache.reused(), phases);
        } finally {
            if (searchCache != null) searchCache.discard(); // read ahead but never taken: the index did not open
        }
    }

    /** A value computed on first use. One thread. */
    private static final class Once<T> implements Supplier<T> {
        private Supplier<T> compute;
        private T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            if (compute != null) {
                value = compute.get();
                compute = null;
            }
            return value;
        }

        boolean fetched() {
            return compute == null;
        }
    }

    /**
     * The order pages are rendered in (the output does not depend on it). With a search index,
     * article pages come first and in the index's document order, so that each thread hands the
     * indexer documents in ascending order and their postings need no sorting.
     */
    private static RenderOrder renderOrder(List<Page> pages, DocOrder docs) {
        int[] visit = new int[pages.size()];
        for (int i = 0; i < visit.length; i++) visit[i] = i;
        if (docs == null) return new RenderOrder(visit, Integer.MAX_VALUE);
        int[] pageOfArticle = new int[docs.size()];
        boolean[] article = new boolean[visit.length]; // the plan makes a page each time it is asked for one
        int articles = 0;
        for (int i = 0; i < visit.length; i++) {
            Page p = pages.get(i);
            if (p.kind() != PageKind.ARTICLE) continue;
            pageOfArticle[p.index()] = i;
            article[i] = true;
            articles++;
        }
        // every site article has one page; if not, plan order
        if (articles != docs.size()) return new RenderOrder(visit, Integer.MAX_VALUE);
        int n = 0;
        for (int d = 0; d < docs.size(); d++) visit[n++] = pageOfArticle[docs.siteIndex(d)];
        for (int i = 0; i < visit.length; i++) if (!article[i]) visit[n++] = i;
        return new RenderOrder(visit, articles);
    }

    /**
     * Pages by index in the order they render; {@code indexedFirst} article pages come before any
     * other, so the search index can be finished once they have rendered ({@link IndexAhead}), or
     * {@link Integer#MAX_VALUE} when the articles are not first and the index waits for the end.
     */
    private record RenderOrder(int[] visit, int indexedFirst) { }

    /**
     * What the render step needs of the read and enrich steps. Everything else they built (drafts,
     * tag candidates, duplicate signatures, the list of every source file) is unreachable once this
     * returns, so it does not take heap from rendering; a million articles depend on that.
     */
    private record Model(Site site, BodyCache bodies, List<SourceFile> assets, int files, int articles, long enrichedAt) { }

    private Model model(Pipeline pipeline, Path contentDir, ReadCache cache, TextStore texts, TagCache tags,
                        AssemblyCache assembly, Runnable startAhead) {
        long t = System.nanoTime();
        List<SourceFile> files = pipeline.scan();
        BodyCache bodies = new BodyCache(pipeline.reader(), contentDir, cache, diagnostics, BodyCache.budget(files.size()));
        Enriched enriched = readAndEnrich(pipeline, files, cache, bodies, texts, tags, t);
        t = System.nanoTime();
        startAhead.run();
        List<Article> articles = enriched.articles();
        Map<String, String> categoryNames = enriched.categoryNames();
        Map<String, String> copies = enriched.copies();
        // The drafts are done with; dropped here, a million of them do not share the heap with assembling.
        enriched = null;
        Site site = pipeline.assemble(articles, categoryNames, copies, assembly);
        List<SourceFile> assets = files.stream().filter(f -> ArticleReader.kindOf(f) == ArticleReader.FileKind.ASSET).toList();
        return new Model(site, bodies, assets, files.size(), articles.size(), t);
    }

    /** The read and enrich steps; what the read step kept for enriching (tag candidates, signatures) is unreachable on return. */
    private Enriched readAndEnrich(Pipeline pipeline, List<SourceFile> files, ReadCache cache, BodyCache bodies,
                                   TextStore texts, TagCache tags, long t) {
        ReadPhase read = pipeline.read(files, cache, bodies, texts);
        t = lap("read", t);
        Enriched enriched = pipeline.enrich(read, bodies, tags);
        lap("enrich", t);
        return enriched;
    }

    /** The read cache, beside the output folder like its manifest. */
    private static Path cacheFile(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".cache");
    }

    private SiteConfig configure(Path source) {
        SiteConfig config = ConfigLoader.load(source, diagnostics::add);
        if (options.baseUrl() != null) config = config.withBaseUrl(options.baseUrl());
        if (options.portable() != null) config = config.withPortable(options.portable());
        return config;
    }

    private static Links links(SiteConfig config) {
        try {
            return new Links(config.baseUrl(), config.portable());
        } catch (IllegalArgumentException e) {
            throw new GazetteException("base URL '" + config.baseUrl() + "' is not a valid URL");
        }
    }

    private long lap(String phase, long since) {
        long now = System.nanoTime();
        phases.put(phase, (now - since) / 1_000_000);
        return now;
    }
}
