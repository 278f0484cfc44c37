package org.gazette.search;

import org.gazette.config.SiteConfig;
import org.gazette.content.Block;
import org.gazette.content.PublishedAt;
import org.gazette.output.StagedOutput;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.SiteAssembler;
import org.gazette.testing.Trees;
import org.gazette.text.StringHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild's index, made with the previous build's {@link IndexCache}, is the index a build from scratch makes. */
class IndexCacheTest {
    @TempDir
    Path tmp;

    private static final SearchIndexWriter.Tuning TUNING = new SearchIndexWriter.Tuning(2_000, 300, 4, 64L << 20);
    /** Small batches: postings spill to run files and are merged from them. */
    private static final SearchIndexWriter.Tuning SPILLING = new SearchIndexWriter.Tuning(2_000, 300, 4, 2_000);

    /** Article bodies fetched by the last {@link #build}: the articles it indexed again. */
    private final AtomicInteger fetched = new AtomicInteger();
    private final List<String> problems = new ArrayList<>();
    /** Terms the last {@link #build} wrote without encoding them again. */
    private int reused;
    /** Record shards the last {@link #build} kept without making them. */
    private int keptShards;

    @Test
    void aRebuildIndexesOnlyWhatChangedAndEqualsAnIndexFromScratch() throws Exception {
        Site before = SearchIndexWriterTest.site(200);
        Path cache = tmp.resolve(".public.search");
        build(before, cache, true, TUNING, 2, "first");
        assertThat(fetched.get()).isEqualTo(200);
        assertThat(cache).exists();

        Map<String, byte[]> again = build(before, cache, true, TUNING, 2, "again");
        assertThat(fetched.get()).as("nothing changed: no article is indexed again").isZero();
        assertSame(again, build(before, null, false, TUNING, 1, "fresh0"));

        // one article's text changes, one goes, one comes: document numbers shift
        List<Article> articles = new ArrayList<>(before.articles());
        Article edited = articles.get(5);
        articles.set(5, new Article(edited.sourcePath(), edited.title(), edited.path(), edited.published(), null, null,
                edited.categoryKey(), edited.tags(), edited.summary() + " sách mới", Map.of()));
        articles.remove(17);
        articles.add(new Article("new.txt", "thư viện mới", "/van-hoa/new/", null, null, null, "van-hoa",
                List.of("thư viện"), "thư viện sơn la", Map.of()));
        Site after = assemble(articles);
        Map<String, byte[]> rebuilt = build(after, cache, true, SPILLING, 2, "rebuilt");
        assertThat(fetched.get()).as("the edited and the new article").isEqualTo(2);
        assertSame(rebuilt, build(after, null, false, TUNING, 1, "fresh1"));
        assertThat(problems).isEmpty();
    }

    @Test
    void termsOfArticlesThatDidNotChangeAreWrittenWithoutEncoding() throws Exception {
        Site before = SearchIndexWriterTest.site(200);
        Path cache = tmp.resolve(".public.search");
        build(before, cache, true, TUNING, 2, "first");
        assertThat(reused).as("nothing to take over").isZero();
        build(before, cache, true, TUNING, 2, "again");
        int all = reused;
        assertThat(all).as("nothing changed: every term").isPositive();
        // that build copied the cache's entries of its terms as they were: they read back the same
        Map<String, byte[]> third = build(before, cache, true, TUNING, 2, "third");
        assertThat(reused).isEqualTo(all);
        assertSame(third, build(before, null, false, TUNING, 1, "fresh0"));

        // one word more in one lede: the same documents, numbers and average length
        List<Article> articles = new ArrayList<>(before.articles());
        Article edited = articles.get(5);
        articles.set(5, new Article(edited.sourcePath(), edited.title(), edited.path(), edited.published(), null, null,
                edited.categoryKey(), edited.tags(), edited.summary() + " sách", Map.of()));
        Site after = assemble(articles);
        Map<String, byte[]> rebuilt = build(after, cache, true, SPILLING, 1, "rebuilt");
        assertThat(reused).as("all but the edited article's terms").isLessThan(all).isGreaterThan(all / 2);
        assertSame(rebuilt, build(after, null, false, TUNING, 1, "fresh"));
        assertThat(problems).isEmpty();
    }

    @Test
    void articlesThatMoveInSiteOrderAreRenumberedLikeAFreshIndex() throws Exception {
        Site before = SearchIndexWriterTest.site(200);
        Path cache = tmp.resolve(".public.search");
        build(before, cache, true, TUNING, 2, "first");
        // an old article redated to the newest: every document before it in site order moves down one
        List<Article> articles = new ArrayList<>(before.articles());
        Article last = articles.get(articles.size() - 1);
        PublishedAt newest = PublishedAt.of(java.time.LocalDate.of(2030, 1, 1), null, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        articles.set(articles.size() - 1, new Article(last.sourcePath(), last.title(), last.path(), newest, null, null,
                last.categoryKey(), last.tags(), last.summary() + " sách mới", Map.of()));
        Site after = assemble(articles);
        Map<String, byte[]> rebuilt = build(after, cache, true, TUNING, 2, "rebuilt");
        assertThat(fetched.get()).as("only the redated article").isEqualTo(1);
        assertSame(rebuilt, build(after, null, false, TUNING, 1, "fresh"));
    }

    @Test
    void recordShardsOfUnchangedDocumentsAreKeptWithoutBeingMadeAgain() throws Exception {
        Site before = SearchIndexWriterTest.site(200);
        Path cache = tmp.resolve(".public.search");
        build(before, cache, true, TUNING, 2, "site");
        int firstKept = keptShards;
        List<Article> articles = new ArrayList<>(before.articles());
        Article edited = articles.get(5);
        articles.set(5, new Article(edited.sourcePath(), edited.title(), edited.path(), edited.published(), null, null,
                edited.categoryKey(), edited.tags(), edited.summary() + " sách mới", Map.of()));
        Site after = assemble(articles);
        int editedShard;
        try (StagedOutput staged = StagedOutput.open(tmp.resolve("probe"));
             SearchIndexWriter w = new SearchIndexWriter(after, staged, p -> p.date().toString(), TUNING, 1, null)) {
            editedShard = w.order().docId(5) / TUNING.recordsPerShard();
        }
        int shards = (200 + TUNING.recordsPerShard() - 1) / TUNING.recordsPerShard();
        assertThat(firstKept).as("nothing was there to keep").isZero();
        Map<String, byte[]> rebuilt = build(after, cache, true, TUNING, 2, "site");
        assertThat(keptShards).as("every shard but the edited article's").isEqualTo(shards - 1);
        Map<String, byte[]> fresh = build(after, null, false, TUNING, 1, "fresh");
        assertThat(rebuilt.get("search/r/" + editedShard + ".js")).as("the edited article's shard")
                .isEqualTo(fresh.get("search/r/" + editedShard + ".js"));
        assertSame(rebuilt, fresh);
    }

    @Test
    void theAverageLengthIsRoundedToSixSignificantBits() {
        double a = SearchIndexWriter.averageLength(40_000_123L, 100_000);
        assertThat(a).isCloseTo(400.0, org.assertj.core.data.Percentage.withPercentage(0.8));
        assertThat(SearchIndexWriter.averageLength(40_000_123L + 300, 100_000)).as("a few words more").isEqualTo(a);
        assertThat(SearchIndexWriter.averageLength(60_000_000L, 100_000)).isNotEqualTo(a);
        assertThat(SearchIndexWriter.averageLength(0, 0)).isEqualTo(1.0);
        assertThat(SearchIndexWriter.averageLength(5, 10)).as("at least 1").isEqualTo(1.0);
    }

    @Test
    void aDamagedOrForeignCacheIsNotUsed() throws Exception {
        Site site = SearchIndexWriterTest.site(80);
        Path cache = tmp.resolve(".public.search");
        Map<String, byte[]> fresh = build(site, cache, true, TUNING, 1, "first");

        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(cache, bytes);
        assertSame(build(site, cache, true, TUNING, 1, "damaged"), fresh);
        assertThat(fetched.get()).as("a damaged cache: every article indexed again").isEqualTo(80);

        assertSame(build(site, cache, true, TUNING, 1, "good"), fresh);
        assertThat(fetched.get()).isZero();
        assertSame(buildWithKey(site, cache, 99, "other key"), fresh);
        assertThat(fetched.get()).as("a cache written for other settings or code").isEqualTo(80);
        assertSame(build(site, cache, false, TUNING, 1, "no reuse"), fresh);
        assertThat(fetched.get()).isEqualTo(80);

        Files.write(cache, new byte[]{1, 2, 3});
        assertSame(build(site, cache, true, TUNING, 1, "truncated"), fresh);
        assertThat(fetched.get()).isEqualTo(80);
    }

    @Test
    void anArticleWhoseBodyIsNotKnownByItsHashIsIndexedAgain() throws Exception {
        Site site = SearchIndexWriterTest.site(40);
        Path cache = tmp.resolve(".public.search");
        Map<String, byte[]> fresh = build(site, cache, true, TUNING, 1, "first");
        fetched.set(0);
        Path out = tmp.resolve("unknown");
        try (StagedOutput staged = StagedOutput.open(out);
             SearchIndexWriter w = writer(site, staged, cache, true, 7, TUNING, 1)) {
            for (int i = 0; i < 40; i++) {
                Article a = site.articles().get(i);
                w.add(w.order().docId(i), a, i == 3 ? 0 : bodyHash(a), () -> fetch(a));
            }
            w.finish();
            staged.commit();
        }
        assertThat(fetched.get()).isEqualTo(1);
        Map<String, byte[]> files = Trees.read(out);
        files.remove(".gazette-output");
        assertSame(files, fresh);
    }

    private Map<String, byte[]> build(Site site, Path cache, boolean reuse, SearchIndexWriter.Tuning tuning, int threads,
                                      String name) throws Exception {
        return build(site, cache, reuse, 7, tuning, threads, name);
    }

    private Map<String, byte[]> buildWithKey(Site site, Path cache, long key, String name) throws Exception {
        return build(site, cache, true, key, TUNING, 1, name);
    }

    /** Indexes the site, with the cache at {@code cache} under {@code key} (null: no cache), and returns the files. */
    private Map<String, byte[]> build(Site site, Path cache, boolean reuse, long key, SearchIndexWriter.Tuning tuning,
                                      int threads, String name) throws Exception {
        fetched.set(0);
        Path out = tmp.resolve(name);
        try (StagedOutput staged = StagedOutput.open(out);
             SearchIndexWriter w = cache == null
                     ? new SearchIndexWriter(site, staged, p -> p.date().toString(), tuning, threads, null)
                     : writer(site, staged, cache, reuse, key, tuning, threads)) {
            Map<String, byte[]> files = SearchIndexWriterTest.write(staged, w, out,
                    SearchIndexWriterTest.indexes(site.articles().size()), threads, i -> {
                        Article a = site.articles().get(i);
                        w.add(w.order().docId(i), a, bodyHash(a), () -> fetch(a));
                    });
            reused = w.reusedTerms();
            keptShards = w.keptRecordShards();
            return files;
        }
    }

    private SearchIndexWriter writer(Site site, StagedOutput staged, Path cache, boolean reuse, long key,
                                     SearchIndexWriter.Tuning tuning, int threads) {
        SearchIndexWriter.Cache c = new SearchIndexWriter.Cache(cache, key, reuse, problems::add);
        if (threads > 1) c.readAhead(); // as a build does: the previous cache read before the index opens
        return new SearchIndexWriter(site, staged, p -> p.date().toString(), tuning, threads, c);
    }

    private List<Block> fetch(Article a) {
        fetched.incrementAndGet();
        return SearchIndexWriterTest.body(a);
    }

    /** The test's bodies are made from the path and the summary. */
    private static long bodyHash(Article a) {
        return StringHash.of(SearchIndexWriterTest.body(a).toString());
    }

    private static Site assemble(List<Article> articles) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String c : new String[]{"thoi-su", "kinh-te", "van-hoa"}) names.put(c, c.toUpperCase());
        return SiteAssembler.assemble(SiteConfig.defaults(), articles, names, k -> "/" + k + "/");
    }

    private static void assertSame(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((k, v) -> assertThat(new String(actual.get(k), StandardCharsets.UTF_8)).as(k)
                .isEqualTo(new String(v, StandardCharsets.UTF_8)));
    }
}
