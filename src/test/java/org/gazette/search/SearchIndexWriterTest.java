package org.gazette.search;

import org.gazette.config.SiteConfig;
import org.gazette.content.Block;
import org.gazette.content.PublishedAt;
import org.gazette.output.StagedOutput;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.SiteAssembler;
import org.gazette.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexWriterTest {
    static final String[] WORDS = ("đảng viên điện biên phát triển công an tỉnh huyện xây dựng nhân dân "
            + "kinh tế cà phê sơn la bóng đá giải thư viện sách học sinh tô lâm hà nội").split(" ");

    @TempDir
    Path tmp;

    /** A site of {@code n} generated articles in three categories over four years. */
    static Site site(int n) {
        Random r = new Random(42);
        List<Article> articles = new ArrayList<>();
        String[] cats = {"thoi-su", "kinh-te", "van-hoa"};
        for (int i = 0; i < n; i++) {
            String title = text(r, 6) + " " + i;
            PublishedAt date = i % 7 == 0 ? null
                    : PublishedAt.of(LocalDate.of(2020 + i % 4, 1 + i % 12, 1 + i % 28), null, ZoneId.of("Asia/Ho_Chi_Minh"));
            String cat = cats[i % 3];
            articles.add(new Article("a" + i + ".txt", title, "/" + cat + "/a" + i + "/", date, null, null, cat,
                    List.of(WORDS[i % WORDS.length] + " " + WORDS[(i + 1) % WORDS.length]), text(r, 20), Map.of()));
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String c : cats) names.put(c, c.toUpperCase());
        return SiteAssembler.assemble(SiteConfig.defaults(), articles, names, k -> "/" + k + "/");
    }

    static String text(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) sb.append(i > 0 ? " " : "").append(WORDS[(int) Math.min(WORDS.length - 1, -Math.log(r.nextDouble()) * 6)]);
        return sb.toString();
    }

    static List<Block> body(Article a) {
        Random r = new Random(a.sourcePath().hashCode());
        return List.of(Block.paragraph(a.summary()), Block.caption("Ảnh: " + text(r, 3)), Block.paragraph(text(r, 60)));
    }

    /** Builds the index with the given tuning, adding articles in the given order on {@code threads} threads. */
    Map<String, byte[]> build(Site site, SearchIndexWriter.Tuning tuning, List<Integer> order, int threads, String name) throws Exception {
        Path out = tmp.resolve(name);
        try (StagedOutput staged = StagedOutput.open(out);
             SearchIndexWriter w = new SearchIndexWriter(site, staged, p -> p.date().toString(), tuning, threads, null)) {
            return write(staged, w, out, order, threads, i -> w.add(w.order().docId(i), site.articles().get(i), body(site.articles().get(i))));
        }
    }

    /**
     * Adds the articles at {@code order} on {@code threads} threads, finishes the index and the
     * output, and returns the files written.
     */
    static Map<String, byte[]> write(StagedOutput staged, SearchIndexWriter w, Path out, List<Integer> order, int threads,
                                     java.util.function.IntConsumer add) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i : order) pool.execute(() -> add.accept(i));
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        w.finish();
        staged.commit();
        Map<String, byte[]> files = Trees.read(out);
        files.remove(".gazette-output");
        return files;
    }

    static List<Integer> indexes(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(i);
        return l;
    }

    @Test
    void outputIsTheSameWhateverTheOrderThreadsAndSpills() throws Exception {
        Site site = site(300);
        SearchIndexWriter.Tuning normal = new SearchIndexWriter.Tuning(2_000, 300, 4, 64L << 20);
        SearchIndexWriter.Tuning tiny = new SearchIndexWriter.Tuning(2_000, 300, 4, 2_000);
        List<Integer> shuffled = indexes(300);
        Collections.shuffle(shuffled, new Random(7));
        Map<String, byte[]> a = build(site, normal, indexes(300), 1, "a");
        Map<String, byte[]> b = build(site, tiny, shuffled, 4, "b");
        assertThat(a.keySet()).isEqualTo(b.keySet());
        a.forEach((k, v) -> assertThat(new String(b.get(k), StandardCharsets.UTF_8)).as(k).isEqualTo(new String(v, StandardCharsets.UTF_8)));
    }

    @Test
    void runFilesGoToTheFolderGivenWhichIsClearedOfAKilledBuildsAndDeletedAfterwards() throws Exception {
        Site site = site(60);
        Path runs = tmp.resolve(".public.runs");
        Files.createDirectories(runs);
        Path left = Files.write(runs.resolve("run-7"), new byte[1000]); // as a killed build leaves it
        try (StagedOutput staged = StagedOutput.open(tmp.resolve("public"));
             SearchIndexWriter w = new SearchIndexWriter(site, staged, p -> "", new SearchIndexWriter.Tuning(2_000, 300, 4, 1_000),
                     1, null, runs)) {
            assertThat(left).doesNotExist();
            for (int i = 0; i < 60; i++) w.add(w.order().docId(i), site.articles().get(i), body(site.articles().get(i)));
            assertThat(w.spills()).isGreaterThan(10);
            try (var files = Files.list(runs)) {
                assertThat(files.count()).isPositive();
            }
            w.finish();
            staged.commit();
        }
        assertThat(runs).doesNotExist();
    }

    @Test
    void tinyBatchesSpillToRunFilesAndAreDeletedAfterwards() throws Exception {
        Site site = site(60);
        Path out = tmp.resolve("spill");
        try (StagedOutput staged = StagedOutput.open(out);
             SearchIndexWriter w = new SearchIndexWriter(site, staged, p -> "", new SearchIndexWriter.Tuning(2_000, 300, 4, 1_000))) {
            for (int i = 0; i < 60; i++) w.add(w.order().docId(i), site.articles().get(i), body(site.articles().get(i)));
            assertThat(w.spills()).isGreaterThan(10);
            w.finish();
            staged.commit();
            w.close();
            assertThat(w.temp()).doesNotExist();
        }
    }

    @Test
    void filesAreGroupedByPrefixAndChunksStayNearTheirSize() throws Exception {
        Map<String, byte[]> files = build(site(300), new SearchIndexWriter.Tuning(2_000, 300, 4, 64L << 20), indexes(300), 2, "c");
        assertThat(files).containsKey("search/manifest.js");
        int chunks = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String name = f.getKey();
            if (!name.startsWith("search/t/")) continue;
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            String id = name.substring("search/".length(), name.length() - 3);
            assertThat(text).as(name).startsWith("__gazetteSearch(\"" + id + "\",").endsWith(");\n");
            assertThat(id.substring(2)).matches("[a-z0-9_]+(-[0-9]+)?");
            if (id.contains("-")) {
                chunks++;
                // A chunk holds entries up to its size; only a single big entry may exceed it.
                if (f.getValue().length > 2_000 + 200) assertThat(text.split("\\],\\[\"").length).as(name).isLessThanOrEqualTo(2);
            }
        }
        assertThat(chunks).isGreaterThan(5);
        assertThat(files.keySet()).contains("search/t/dang.js".replace("dang", "da"), "search/t/vi.js");
        // docs 0..299 in shards of 4
        assertThat(files.keySet().stream().filter(k -> k.startsWith("search/r/"))).hasSize(75);
    }

    @Test
    void manifestListsCategoryAndYearRangesInDocumentOrder() throws Exception {
        Site site = site(30);
        Map<String, byte[]> files = build(site, SearchIndexWriter.Tuning.defaults(), indexes(30), 1, "m");
        String m = new String(files.get("search/manifest.js"), StandardCharsets.UTF_8);
        assertThat(m).startsWith("__gazetteSearch(\"manifest\",{\"v\":1,\"n\":30,");
        assertThat(m).contains("[\"thoi-su\",\"THOI-SU\",0,10,[[2023,0,").contains(",[0,");
        DocOrder order = new DocOrder(site);
        for (int d = 1; d < 30; d++) {
            Article prev = site.articles().get(order.siteIndex(d - 1)), cur = site.articles().get(order.siteIndex(d));
            if (order.category(d) == order.category(d - 1) && prev.dated() && cur.dated()) {
                assertThat(prev.published().compareTo(cur.published())).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void titlePairsAreKeysOfTheirOwnNextToTheirPair() throws Exception {
        Site site = site(30);
        Map<String, byte[]> files = build(site, SearchIndexWriter.Tuning.defaults(), indexes(30), 1, "tp");
        StringBuilder all = new StringBuilder();
        files.forEach((k, v) -> { if (k.startsWith("search/t/")) all.append(new String(v, StandardCharsets.UTF_8)); });
        String[] words = org.gazette.text.Folding.fold(site.articles().get(0).title()).split(" ");
        String pair = words[0] + " " + words[1];
        assertThat(all).contains("\"" + pair + "\",").contains("\"" + pair + "\\u0002\",");
        // a title pair is also an ordinary pair: the title is part of the text
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([a-z0-9 ]+)\\\\u0002\"").matcher(all);
        int found = 0;
        while (m.find()) {
            found++;
            assertThat(all).contains("\"" + m.group(1) + "\",");
        }
        assertThat(found).isGreaterThan(10);
    }

    @Test
    void aTitlePairIsInTheSameFileAsItsPair() throws Exception {
        Map<String, byte[]> files = build(site(300), new SearchIndexWriter.Tuning(2_000, 300, 4, 64L << 20), indexes(300), 2, "tpf");
        java.util.regex.Pattern titlePair = java.util.regex.Pattern.compile("\\[\"([a-z0-9 ]+)\\\\u0002\",");
        int checked = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().startsWith("search/t/")) continue;
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            java.util.regex.Matcher m = titlePair.matcher(text);
            while (m.find()) {
                checked++;
                assertThat(text).as(f.getKey()).containsPattern("\\[\"" + java.util.regex.Pattern.quote(m.group(1)) + "\",\\d+,");
            }
        }
        assertThat(checked).isGreaterThan(10);
    }
}
