package org.gazette.build;

import org.gazette.diag.Diagnostics;
import org.gazette.testing.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilds of a copy of the demo archive after small changes: what the previous build read and
 * rendered is taken over where nothing it depends on changed, and the output is always the one a
 * build from scratch gives.
 */
class IncrementalBuildIT {
    private static final String ARTICLE = "thoi-su/214_9c1e7a5b03d24f68.txt";
    private static final String PAGE = "thoi-su/ha-noi-chay-thu-doan-tau-cho-khach-gia-dinh-tren-tuyen-duong-sat-do-thi-nhon-ga/index.html";
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path tmp;
    Path site;
    Path out;

    @BeforeEach
    void copyTheDemo() throws Exception {
        site = tmp.resolve("site");
        Trees.copy(BuildIT.REPO.resolve("content"), site.resolve("content"));
        Trees.copy(BuildIT.REPO.resolve("themes"), site.resolve("themes"));
        Files.copy(BuildIT.REPO.resolve("site.yaml"), site.resolve("site.yaml"));
        out = site.resolve("public");
    }

    private BuildReport build(boolean reuse) {
        return new Build(BuildOptions.of(site).withOutput(out).withThreads(2).withReuse(reuse), new Diagnostics()).run();
    }

    /** The output a build from scratch gives for the site as it is now. */
    private Map<String, byte[]> fromScratch() {
        Path fresh = tmp.resolve("fresh-" + System.nanoTime());
        new Build(BuildOptions.of(site).withOutput(fresh).withThreads(2).withReuse(false), new Diagnostics()).run();
        return Trees.read(fresh);
    }

    private void assertSameAsFromScratch() {
        Map<String, byte[]> expected = fromScratch();
        Map<String, byte[]> actual = Trees.read(out);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((k, v) -> assertThat(new String(actual.get(k), StandardCharsets.UTF_8)).as(k)
                .isEqualTo(new String(v, StandardCharsets.UTF_8)));
    }

    private void ageEveryPage() throws Exception {
        for (String rel : Trees.read(out).keySet()) Files.setLastModifiedTime(out.resolve(rel), LONG_AGO);
    }

    private long pagesTouched() throws Exception {
        long n = 0;
        for (String rel : Trees.read(out).keySet()) if (!Files.getLastModifiedTime(out.resolve(rel)).equals(LONG_AGO)) n++;
        return n;
    }

    @Test
    void aRebuildOfAnUnchangedArchiveReadsAndRendersNothing() throws Exception {
        BuildReport first = build(true);
        assertThat(first.reused()).isZero();
        ageEveryPage();
        BuildReport again = build(true);
        assertThat(again.reused()).as("every article and page file taken from the cache").isPositive();
        assertThat(again.reused()).isEqualTo(again.files() - assets(again));
        assertThat(again.unchanged()).isEqualTo(again.pages());
        assertThat(pagesTouched()).isZero();
        assertSameAsFromScratch();
    }

    @Test
    void changingOneArticleReadsOneFileAndRewritesOnlyThePagesThatShowIt() throws Exception {
        BuildReport first = build(true);
        ageEveryPage();
        Path file = site.resolve("content").resolve(ARTICLE);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("Hồ Tùng Mậu", "Hồ Tùng Mậu, quận Cầu Giấy"));
        BuildReport again = build(true);
        assertThat(again.reused()).isEqualTo(first.files() - assets(first) - 1);
        assertThat(pagesTouched()).isPositive().isLessThan(again.pages() / 4);
        assertThat(Files.readString(out.resolve(PAGE)))
                .contains("quận Cầu Giấy");
        assertSameAsFromScratch();
    }

    @Test
    void aNewTitleReachesEveryListThatShowsTheArticle() throws Exception {
        build(true);
        Path file = site.resolve("content").resolve(ARTICLE);
        String text = Files.readString(file);
        String title = text.lines().filter(l -> l.contains("Nhổn")).findFirst().orElseThrow();
        Files.writeString(file, text.replace(title, "Tàu metro Nhổn chạy thử lần thứ hai"));
        build(true);
        assertThat(Files.readString(out.resolve("thoi-su/index.html"))).contains("Tàu metro Nhổn chạy thử lần thứ hai");
        assertSameAsFromScratch();
    }

    @Test
    void addingAndRemovingArticlesGivesTheSiteABuildFromScratchGives() throws Exception {
        build(true);
        Path content = site.resolve("content");
        Files.move(content.resolve(ARTICLE), tmp.resolve("moved.txt"));
        Files.writeString(content.resolve("thoi-su/moi.md"), """
                ---
                title: Bài mới về đường sắt đô thị
                date: 2024-05-01
                tags: [đường sắt đô thị]
                ---
                Tuyến đường sắt đô thị mới được chạy thử vào sáng nay.
                """);
        build(true);
        assertThat(out.resolve(PAGE)).doesNotExist();
        assertSameAsFromScratch();
    }

    @Test
    void anArticleWithoutCategoryLetsTheClassifierLearnFromArticlesTakenFromTheCache() throws Exception {
        // without files at the root of content/, the first build needs no classifier features
        Path content = site.resolve("content");
        Path root = content.resolve("905_7f2b4c8e1a6d3090.txt");
        Files.move(root, tmp.resolve("root.txt"));
        build(true);
        Files.move(tmp.resolve("root.txt"), root);
        build(true);
        assertSameAsFromScratch();
        BuildReport third = build(true);
        assertThat(third.reused()).as("the records read again keep their features").isEqualTo(third.files() - assets(third));
    }

    @Test
    void newSiteSettingsMakeTheBuildReadEveryFileAgain() throws Exception {
        build(true);
        Path yaml = site.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("title: \"Gazette — Lưu trữ tin tức\"", "title: \"Báo cũ\""));
        BuildReport again = build(true);
        assertThat(again.reused()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).contains("Báo cũ");
        assertSameAsFromScratch();
    }

    @Test
    void aChangedTemplateRendersEveryPageItShapes() throws Exception {
        build(true);
        ageEveryPage();
        Path template = site.resolve("themes/default/templates/article.ftlh");
        Files.writeString(template, Files.readString(template) + "<#-- changed -->\n<!-- theme v2 -->\n");
        BuildReport again = build(true);
        assertThat(again.reused()).isPositive();
        assertThat(Files.readString(out.resolve(PAGE))).contains("theme v2");
        assertSameAsFromScratch();
    }

    @Test
    void withoutReuseEverythingIsReadAndRenderedAgain() throws Exception {
        build(true);
        BuildReport again = build(false);
        assertThat(again.reused()).isZero();
        assertSameAsFromScratch();
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        build(true);
        Path cache = site.resolve(".public.cache");
        assertThat(cache).exists();
        byte[] bytes = Files.readAllBytes(cache);
        for (int i = bytes.length / 3; i < bytes.length; i += 7) bytes[i] ^= 0x5a;
        Files.write(cache, bytes);
        Path file = site.resolve("content").resolve(ARTICLE);
        Files.writeString(file, Files.readString(file).replace("Hồ Tùng Mậu", "Xuân Thủy"));
        build(true);
        assertSameAsFromScratch();
        BuildReport healed = build(true);
        assertThat(healed.reused()).isEqualTo(healed.files() - assets(healed));
    }

    @Test
    void theScratchFileOfArticleTextsIsGoneAfterABuildAndOneThatCannotBeMadeCostsAWarningOnly() throws Exception {
        build(true);
        Path texts = site.resolve(".public.text");
        assertThat(texts).as("deleted when the build ends").doesNotExist();
        Files.createDirectory(texts); // in the way: the store cannot be created
        Diagnostics d = new Diagnostics();
        new Build(BuildOptions.of(site).withOutput(out).withThreads(2).withReuse(false), d).run();
        assertThat(d.sorted()).anyMatch(x -> x.file().equals(".public.text") && x.message().contains("stay in memory"));
        assertSameAsFromScratch();
    }

    @Test
    void theSearchIndexsRunFilesLeftByAKilledBuildAreClearedAndNoneStayAfterABuild() throws Exception {
        Path runs = site.resolve(".public.runs");
        Files.createDirectories(runs);
        Files.write(runs.resolve("run-3"), new byte[4096]); // as a build killed while indexing leaves it
        build(true);
        assertThat(runs).as("cleared, then deleted when the build ends").doesNotExist();
        assertSameAsFromScratch();
    }

    /** Files of the archive that are not read as articles (images and other assets). */
    private static long assets(BuildReport r) throws Exception {
        try (var s = Files.walk(r.output().resolveSibling("content"))) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> org.gazette.content.ArticleReader.kindOf(new org.gazette.content.SourceFile(
                            p.getParent(), p.getFileName().toString(), 0)) == org.gazette.content.ArticleReader.FileKind.ASSET)
                    .count();
        }
    }
}
