package org.gazette.build;

import org.gazette.config.ConfigLoader;
import org.gazette.config.SiteConfig;
import org.gazette.content.ArticleReader;
import org.gazette.content.Block;
import org.gazette.content.ParsedArticle;
import org.gazette.content.ReadResult;
import org.gazette.content.SourceFile;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Diagnostics;
import org.gazette.diag.GazetteException;
import org.gazette.enrich.ArticleFactory;
import org.gazette.enrich.Categories;
import org.gazette.enrich.Draft;
import org.gazette.enrich.KeyphraseExtractor;
import org.gazette.enrich.Stopwords;
import org.gazette.enrich.TagAssigner;
import org.gazette.output.OutputGuard;
import org.gazette.output.StagedOutput;
import org.gazette.render.DateFormats;
import org.gazette.render.Links;
import org.gazette.render.Page;
import org.gazette.render.PageKind;
import org.gazette.render.PageModels;
import org.gazette.render.PagePlanner;
import org.gazette.render.SitePlan;
import org.gazette.render.TemplateEngine;
import org.gazette.render.Theme;
import org.gazette.render.Translations;
import org.gazette.search.SearchIndexWriter;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.SiteAssembler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One build, as a fixed list of steps: configure → read → enrich → assemble → render (and index
 * for search) → index (write the search index) → publish.
 * Each step's time is reported. Problems with single files become diagnostics and the rest is
 * built; only a problem with the site as a whole (configuration, theme, output folder) is fatal.
 */
public final class Build {
    /** Tags per article the automatic tagger aims for. */
    static final int MIN_TAGS = 3;
    static final int MAX_TAGS = 8;

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
        TemplateEngine engine = new TemplateEngine(theme, config.locale());
        Map<String, String> translations = Translations.load(theme, config.language());
        OutputGuard.check(output, source, options.force());
        t = lap("configure", t);

        Path contentDir = source.resolve("content");
        List<SourceFile> files = SourceScanner.scan(contentDir,
                rel -> diagnostics.add(Diagnostic.warning(rel, "cannot be read; skipped")));
        ArticleReader reader = new ArticleReader(config);
        BodyCache bodies = new BodyCache(reader, contentDir, diagnostics, Runtime.getRuntime().maxMemory() / 4);
        TagAssigner tagger = new TagAssigner(MIN_TAGS, MAX_TAGS);
        Draft[] drafts = read(files, reader, tagger, bodies);
        t = lap("read", t);

        List<Draft> published = new ArrayList<>();
        List<List<String>> explicit = new ArrayList<>(drafts.length);
        for (Draft d : drafts) {
            explicit.add(d == null ? List.of() : d.meta().tags());
            if (d != null) published.add(d);
        }
        List<List<String>> allTags = tagger.assign(explicit);
        List<List<String>> tags = new ArrayList<>(published.size());
        for (int i = 0; i < drafts.length; i++) if (drafts[i] != null) tags.add(allTags.get(i));
        ArticleFactory factory = new ArticleFactory(config, diagnostics);
        List<Article> articles = factory.create(published, tags);
        t = lap("enrich", t);

        Site site = SiteAssembler.assemble(config, articles, factory.categories().names(), Categories::path);
        SitePlan plan = PagePlanner.plan(site, options.search());
        List<Page> pages = plan.pages();
        t = lap("assemble", t);

        try (StagedOutput out = StagedOutput.open(output);
             SearchIndexWriter index = options.search()
                     ? new SearchIndexWriter(site, out, new DateFormats(translations, config.locale())::shortForm) : null) {
            PageModels models = new PageModels(site, links, translations, bodies, plan, options.search());
            progress.start("render", pages.size());
            Parallel.forEach(pages.size(), options.threads(), i -> {
                Page p = pages.get(i);
                List<Block> body = null;
                if (p.kind() == PageKind.ARTICLE) {
                    // Fetched once, for the page and for the search index.
                    Article a = site.articles().get(p.index());
                    body = bodies.body(a);
                    if (index != null) index.add(index.order().docId(p.index()), a, body);
                }
                String html = engine.render(p.kind().template(), models.model(p, body));
                out.write(Links.outputFile(p.path()), html.getBytes(StandardCharsets.UTF_8));
                progress.step();
            });
            progress.end();
            StaticFiles.copy(theme.staticRoots(), out);
            for (SourceFile f : files) {
                if (ArticleReader.kindOf(f) == ArticleReader.FileKind.ASSET) out.copy(f.relPath(), f.path());
            }
            t = lap("render", t);
            if (index != null) {
                index.finish();
                t = lap("index", t);
            }
            out.commit();
            lap("publish", t);
            return new BuildReport(output, files.size(), articles.size(), files.size() - articles.size(),
                    out.files(), out.bytes(), out.unchanged(), phases);
        }
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

    /** Reads every file in parallel; returns the drafts by file index, null where nothing is published. */
    private Draft[] read(List<SourceFile> files, ArticleReader reader, TagAssigner tagger, BodyCache bodies) {
        KeyphraseExtractor extractor = new KeyphraseExtractor(Stopwords.defaults());
        Draft[] drafts = new Draft[files.size()];
        progress.start("read", files.size());
        Parallel.forEach(files.size(), options.threads(), i -> {
            readInto(drafts, i, files.get(i), reader, extractor, tagger, bodies);
            progress.step();
        });
        progress.end();
        return drafts;
    }

    /** Reads file {@code i} into {@code drafts[i]}, unless it is not an article to publish. */
    private void readInto(Draft[] drafts, int i, SourceFile f, ArticleReader reader, KeyphraseExtractor extractor,
                          TagAssigner tagger, BodyCache bodies) {
        ArticleReader.FileKind kind = ArticleReader.kindOf(f);
        if (kind == ArticleReader.FileKind.ASSET) return;
        ReadResult r = readOne(reader, f);
        diagnostics.addAll(r.diagnostics());
        if (!r.hasArticle()) return;
        ParsedArticle p = r.article();
        if (p.draft()) {
            diagnostics.add(Diagnostic.info(f.relPath(), "draft: not published"));
            return;
        }
        List<String> paragraphs = new ArrayList<>(p.body().size());
        for (Block b : p.body()) if (!b.isCaption()) paragraphs.add(b.plainText());
        tagger.add(i, extractor.extract(p.title(), paragraphs));
        bodies.offer(f.relPath(), p.body());
        drafts[i] = Draft.of(f, p);
    }

    /** Reads one file; a failure here is about this file only and never stops the build. */
    private static ReadResult readOne(ArticleReader reader, SourceFile f) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f.path());
        } catch (IOException | OutOfMemoryError e) {
            return ReadResult.skipped(Diagnostic.warning(f.relPath(), "cannot be read: " + e.getMessage()));
        }
        try {
            return reader.read(f, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            return ReadResult.skipped(Diagnostic.error(f.relPath(), 0,
                    "could not be parsed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); skipped"));
        }
    }

    private long lap(String phase, long since) {
        long now = System.nanoTime();
        phases.put(phase, (now - since) / 1_000_000);
        return now;
    }
}
