package org.gazette.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.gazette.config.ConfigLoader;
import org.gazette.config.MetadataSettings.Duplicates;
import org.gazette.config.SiteConfig;
import org.gazette.content.RawTextRules;
import org.gazette.content.SourceFile;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Diagnostics;
import org.gazette.diag.Severity;
import org.gazette.enrich.Draft;
import org.gazette.site.Article;
import org.gazette.text.Folding;

/**
 * {@code gazette check}: reads and enriches an archive as a build does ({@link Pipeline}), writes
 * nothing, and reports what it found per article and in total. To the reader's diagnostics it adds
 * warnings of its own: an article without a date, one with a very short body, a title that looks
 * like site chrome. Entries are handed out one by one in source order, so a report on a million
 * articles is written as it goes rather than held whole.
 */
public final class Check {
    /** A body shorter than this many characters is reported. */
    static final int SHORT_BODY = 200;
    /** Tags listed in the summary. */
    static final int TOP_TAGS = 20;

    private final Path source;
    private final int threads;
    private final Diagnostics diagnostics;
    private final Progress progress;

    public Check(Path source, int threads, Diagnostics diagnostics, Progress progress) {
        this.source = source.toAbsolutePath().normalize();
        this.threads = Math.max(1, threads);
        this.diagnostics = diagnostics;
        this.progress = progress;
    }

    /** Checks the archive: each article's entry goes to {@code sink}, in source order; returns the totals. */
    public CheckSummary run(Consumer<CheckEntry> sink) {
        SiteConfig config = ConfigLoader.load(source, diagnostics::add);
        Pipeline pipeline = new Pipeline(config, source.resolve("content"), threads, diagnostics, progress);
        List<SourceFile> files = pipeline.scan();
        Enriched e = pipeline.enrich(pipeline.read(files, null, null, null), null, null);
        addFindings(e, RawTextRules.defaults().withAdditions(config.rawText()));

        Map<String, List<CheckEntry.Problem>> problems = new LinkedHashMap<>();
        List<CheckEntry.Problem> siteProblems = new ArrayList<>();
        long warnings = 0;
        long errors = 0;
        for (Diagnostic d : diagnostics.sorted()) {
            if (d.severity() == Severity.INFO) continue;
            if (d.severity() == Severity.WARNING) warnings++;
            else errors++;
            CheckEntry.Problem p = new CheckEntry.Problem(d.severity().name().toLowerCase(Locale.ROOT), d.line(), d.message());
            if (d.file().equals(ConfigLoader.FILE_NAME)) siteProblems.add(p);
            else problems.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(p);
        }
        Map<String, Article> articles = new HashMap<>();
        for (Article a : e.articles()) articles.put(a.sourcePath(), a);
        Map<String, List<String>> copies = new HashMap<>();
        for (Draft d : e.drafts()) if (d.copyOf() != null) copies.computeIfAbsent(d.copyOf(), k -> new ArrayList<>()).add(d.file().relPath());
        boolean linked = config.metadata().duplicates() == Duplicates.LINK;

        Totals totals = new Totals(config, e.categoryNames());
        for (Draft d : e.drafts()) {
            String path = d.file().relPath();
            Article a = articles.get(path);
            CategoryGuess guess = e.guesses().get(path);
            boolean listed = a != null && !(linked && d.copyOf() != null);
            totals.count(d, a, listed, guess);
            sink.accept(new CheckEntry(path, d.title(), d.published() == null ? null : d.published().iso(),
                    d.author(), d.source(), a == null ? null : a.categoryKey(),
                    a == null ? null : e.categoryNames().get(a.categoryKey()), guess, a == null ? List.of() : a.tags(),
                    d.copyOf(), copies.getOrDefault(path, List.of()), a == null ? null : a.path(),
                    problems.getOrDefault(path, List.of())));
        }
        Set<String> read = new HashSet<>();
        for (Draft d : e.drafts()) read.add(d.file().relPath());
        List<CheckSummary.FileProblems> other = new ArrayList<>();
        problems.forEach((path, list) -> {
            if (!read.contains(path)) other.add(new CheckSummary.FileProblems(path, list));
        });
        return totals.summary(files.size(), e.drafts().size(), copies, warnings, errors, other, siteProblems);
    }

    /** Check's own warnings, added to the diagnostics so that they count like any other. */
    private void addFindings(Enriched e, RawTextRules rules) {
        for (int i = 0; i < e.drafts().size(); i++) {
            Draft d = e.drafts().get(i);
            String path = d.file().relPath();
            if (d.published() == null) diagnostics.add(Diagnostic.warning(path, "no date found"));
            if (e.bodyChars()[i] < SHORT_BODY) {
                diagnostics.add(Diagnostic.warning(path, "very short body (" + e.bodyChars()[i] + " characters)"));
            }
            if (rules.isChrome(d.title())) {
                diagnostics.add(Diagnostic.warning(path, "title looks like site chrome: '" + d.title() + "'"));
            }
        }
    }

    /** The counts the summary needs, gathered as entries go by. */
    private static final class Totals {
        private final SiteConfig config;
        private final Map<String, String> categoryNames;
        private int published;
        private int dated;
        private int withAuthor;
        private int withSource;
        private final Map<String, int[]> categories = new LinkedHashMap<>();
        private final Map<String, Integer> tagArticles = new HashMap<>();
        private final Map<String, String> tagNames = new HashMap<>();

        Totals(SiteConfig config, Map<String, String> categoryNames) {
            this.config = config;
            this.categoryNames = categoryNames;
            for (String key : categoryNames.keySet()) categories.put(key, new int[2]);
        }

        void count(Draft d, Article a, boolean listed, CategoryGuess guess) {
            if (d.published() != null) dated++;
            if (d.author() != null) withAuthor++;
            if (d.source() != null) withSource++;
            if (a != null) published++;
            if (!listed) return;
            int[] c = categories.computeIfAbsent(a.categoryKey(), k -> new int[2]);
            c[0]++;
            if (guess != null && guess.applied()) c[1]++;
            for (String tag : a.tags()) {
                String key = Folding.key(tag);
                tagArticles.merge(key, 1, Integer::sum);
                tagNames.putIfAbsent(key, tag);
            }
        }

        CheckSummary summary(int files, int articles, Map<String, List<String>> copies, long warnings, long errors,
                             List<CheckSummary.FileProblems> other, List<CheckEntry.Problem> siteProblems) {
            List<CheckSummary.CategoryCount> cats = new ArrayList<>();
            categories.forEach((key, c) -> {
                if (c[0] > 0) cats.add(new CheckSummary.CategoryCount(key, categoryNames.getOrDefault(key, key), c[0], c[1]));
            });
            List<Map.Entry<String, Integer>> byUse = new ArrayList<>(tagArticles.entrySet());
            byUse.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
            List<CheckSummary.TagCount> top = byUse.stream().limit(TOP_TAGS)
                    .map(t -> new CheckSummary.TagCount(tagNames.get(t.getKey()), t.getValue())).toList();
            int withPage = (int) tagArticles.values().stream().filter(n -> n >= config.minTagArticles()).count();
            int copyCount = copies.values().stream().mapToInt(List::size).sum();
            return new CheckSummary(files, articles, published, dated, withAuthor, withSource, cats,
                    new CheckSummary.TagStats(tagArticles.size(), withPage, top),
                    new CheckSummary.DuplicateStats(copies.size(), copyCount, config.metadata().duplicates().yaml()),
                    warnings, errors, other, siteProblems);
        }
    }
}
