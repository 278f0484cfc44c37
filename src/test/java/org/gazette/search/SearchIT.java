package org.gazette.search;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.diag.Diagnostics;
import org.gazette.serve.StaticServer;
import org.gazette.testing.Shared;
import org.gazette.testing.Trees;
import org.gazette.text.TokenizerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page in real headless Chromium, on a site built from the demo archive plus the five
 * seed articles: served over HTTP on 127.0.0.1, and as a portable build opened from {@code file://}.
 */
class SearchIT {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final String SEEDS = "xay-dung-dang/";

    static Path root;
    static StaticServer server;
    static StaticServer subPath;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void buildAndStart() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "/usr/bin/chromium is missing (apt-get install chromium): search browser tests skipped");
        Path seeds = Shared.seeds();
        root = Files.createTempDirectory("gazette-search-it");
        Path source = root.resolve("src");
        Trees.copy(Path.of("content"), source.resolve("content"));
        Files.copy(Path.of("site.yaml"), source.resolve("site.yaml"));
        Trees.copy(seeds, source.resolve("content/" + SEEDS));
        new Build(BuildOptions.of(source).withOutput(root.resolve("served")).withThreads(2), new Diagnostics()).run();
        new Build(BuildOptions.of(source).withOutput(root.resolve("portable")).withThreads(2).withPortable(true), new Diagnostics()).run();
        new Build(BuildOptions.of(source).withOutput(root.resolve("archive")).withThreads(2).withBaseUrl("/archive/"), new Diagnostics()).run();
        new Build(BuildOptions.of(source).withOutput(root.resolve("plain")).withThreads(2).withSearch(false), new Diagnostics()).run();
        server = new StaticServer(root.resolve("served"), 0, "/");
        server.start();
        subPath = new StaticServer(root.resolve("archive"), 0, "/archive/");
        subPath.start();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run")));
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
        if (subPath != null) subPath.close();
        if (root != null) {
            try (java.util.stream.Stream<Path> files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static String served(String query) {
        return "http://127.0.0.1:" + server.port() + "/search/" + query;
    }

    static String fromDisk(String query) {
        return root.resolve("portable/search/index.html").toUri() + query;
    }

    static String q(String text) {
        return "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Opens a search URL and waits until its results are rendered. */
    static Page open(String url) {
        Page page = browser.newPage();
        page.navigate(url);
        done(page);
        return page;
    }

    static void done(Page page) {
        page.waitForSelector("#search[data-state=done]");
    }

    /** Every result's link, loading more until all are shown. */
    static List<String> allLinks(Page page) {
        while (page.locator("#search-more").count() > 0) {
            int before = page.locator("#search-results li").count();
            page.click("#search-more");
            page.waitForFunction("n => document.querySelectorAll('#search-results li').length > n", before);
        }
        return links(page);
    }

    static List<String> links(Page page) {
        return page.locator("#search-results li h2 a").all().stream().map(a -> a.getAttribute("href")).toList();
    }

    static String status(Page page) {
        return page.locator("[role=status]").textContent();
    }

    @Test
    void foldsExactlyLikeJava() throws Exception {
        Page page = open(served(""));
        for (String[] c : TokenizerTest.foldingCases()) {
            assertThat(page.evaluate("s => window.__gazetteSearch.fold(s)", c[0])).as(c[0]).isEqualTo(c[1]);
        }
        page.close();
    }

    @Test
    void dangVienFindsAllFiveSeeds() {
        for (String url : List.of(served(q("dang vien")), fromDisk(q("dang vien")))) {
            Page page = open(url);
            assertThat(allLinks(page).stream().filter(l -> l.contains(SEEDS))).as(url).hasSize(5);
            page.close();
        }
    }

    @Test
    void withOrWithoutToneMarksTheSameArticlesMatch() {
        Page marked = open(served(q("Điện Biên")));
        Page plain = open(served(q("dien bien")));
        assertThat(allLinks(marked)).containsExactlyInAnyOrderElementsOf(allLinks(plain));
        assertThat(marked.locator("#search-results mark").first().textContent()).isIn("Điện", "Biên", "điện", "biên");
        marked.close();
        plain.close();
    }

    /** On the whole site (seeds and demo), the two seeds about Điện Biên come first, with or without tone marks. */
    @Test
    void dienBienRanksTheTwoDienBienSeedsFirst() {
        for (String query : List.of("Điện Biên", "dien bien")) {
            for (String url : List.of(served(q(query)), fromDisk(q(query)))) {
                Page page = open(url);
                List<String> titles = page.locator("#search-results li h2").allTextContents();
                assertThat(titles.subList(0, 2)).as(url).containsExactlyInAnyOrder(
                        "Công tác tạo nguồn, phát triển đảng viên ở Đảng bộ Công an tỉnh Điện Biên",
                        "Phát triển đảng viên ở Đảng bộ huyện Điện Biên");
                page.close();
            }
        }
    }

    @Test
    void toLamRanksSeed002First() {
        for (String url : List.of(served(q("Tô Lâm")), fromDisk(q("Tô Lâm")))) {
            Page page = open(url);
            assertThat(links(page).get(0)).as(url).contains(SEEDS);
            assertThat(page.locator("#search-results li .search-result-snippet").first().textContent())
                    .as(url).contains("19/4/2022").contains("Tô Lâm");
            page.close();
        }
    }

    @Test
    void prefixOfTheLastWordMatchesWhileTyping() {
        Page page = open(served(q("phát tri")));
        assertThat(links(page)).isNotEmpty();
        assertThat(page.locator("#search-results mark").allTextContents()).anyMatch(m -> m.toLowerCase().startsWith("tri"));
        page.close();
    }

    @Test
    void quotedPhraseNeedsTheWordsSideBySide() {
        Page loose = open(served(q("biên điện")));
        Page phrase = open(served(q("\"biên điện\"")));
        assertThat(allLinks(phrase).size()).isLessThan(allLinks(loose).size());
        loose.close();
        phrase.close();
    }

    @Test
    void nonsenseShowsTheEmptyState() {
        for (String url : List.of(served(q("xqzwv kjhgf")), fromDisk(q("xqzwv kjhgf")))) {
            Page page = open(url);
            assertThat(links(page)).isEmpty();
            assertThat(status(page)).contains("Không có bài viết nào khớp");
            page.close();
        }
    }

    @Test
    void theCountIsAnnouncedInALiveRegion() {
        Page page = open(served(q("dang vien")));
        Locator live = page.locator("#search-status");
        assertThat(live.getAttribute("role")).isEqualTo("status");
        assertThat(live.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(live.textContent()).matches("Tìm thấy \\d+ bài viết");
        page.close();
    }

    @Test
    void sameResultsOverHttpAndFromDisk() {
        for (String query : List.of("dang vien", "Điện Biên", "cà phê", "phát tri")) {
            Page http = open(served(q(query)));
            Page disk = open(fromDisk(q(query)));
            List<String> a = allLinks(http).stream().map(l -> l.replace("index.html", "")).toList();
            assertThat(allLinks(disk).stream().map(l -> l.replace("index.html", "")).toList()).as(query).isEqualTo(a);
            http.close();
            disk.close();
        }
    }

    @Test
    void categoryAndYearFiltersCountAndNarrow() {
        Page page = open(served(q("dang vien")));
        int all = page.locator("#search-results li").count() + 0;
        String total = status(page);
        List<String> options = page.locator("select[name=cat] option").allTextContents();
        assertThat(options).anyMatch(o -> o.matches(".+ \\(\\d+\\)"));
        page.selectOption("select[name=cat]", "xay-dung-dang");
        done(page);
        assertThat(page.url()).contains("cat=xay-dung-dang");
        assertThat(allLinks(page)).hasSize(5).allMatch(l -> l.contains(SEEDS));
        List<String> years = page.locator("select[name=year] option").allTextContents();
        assertThat(years).hasSizeGreaterThan(1);
        page.goBack();
        done(page);
        assertThat(status(page)).isEqualTo(total);
        assertThat(all).isPositive();
        page.close();
    }

    @Test
    void tagFilterCountsTagsOfTheResults() {
        Page page = open(served(q("dien bien")));
        page.click(".search-tags summary");
        page.waitForSelector(".search-tag-list button");
        Locator first = page.locator(".search-tag-list button").first();
        String label = first.textContent();
        int count = Integer.parseInt(label.replaceAll(".*\\((\\d+)\\)$", "$1"));
        first.click();
        done(page);
        assertThat(page.url()).contains("tag=");
        assertThat(allLinks(page)).hasSize(count);
        page.close();
    }

    @Test
    void backAndForwardReplayQueries() {
        Page page = open(served(q("cà phê")));
        List<String> coffee = links(page);
        page.fill("#search-q", "điện biên");
        page.press("#search-q", "Enter");
        page.waitForFunction("() => location.search.includes('bi%C3%AAn') || location.search.includes('bi%EA')");
        done(page);
        List<String> dienBien = links(page);
        assertThat(dienBien).isNotEqualTo(coffee);
        page.goBack();
        page.waitForFunction("() => document.getElementById('search-q').value === 'cà phê'");
        done(page);
        assertThat(links(page)).isEqualTo(coffee);
        page.goForward();
        page.waitForFunction("() => document.getElementById('search-q').value === 'điện biên'");
        done(page);
        assertThat(links(page)).isEqualTo(dienBien);
        page.close();
    }

    @Test
    void worksUnderABasePath() {
        Page root = open(served(q("dang vien")));
        Page sub = open("http://127.0.0.1:" + subPath.port() + "/archive/search/" + q("dang vien"));
        assertThat(allLinks(sub)).isEqualTo(allLinks(root)).isNotEmpty();
        sub.click("#search-results li h2 a");
        sub.waitForURL(url -> !url.contains("/search/"));
        assertThat(sub.url()).contains("/archive/");
        assertThat(sub.locator("[itemprop=articleBody]").count()).isEqualTo(1);
        root.close();
        sub.close();
    }

    @Test
    void withoutSearchThereIsNoIndexNoPageAndNoBox() {
        Path plain = root.resolve("plain");
        assertThat(plain.resolve("search")).doesNotExist();
        assertThat(Trees.html(plain).values()).isNotEmpty().noneMatch(h -> h.contains("site-search"));
    }

    @Test
    void theHeaderFormOfEveryPageSubmitsToTheSearchPage() {
        Page page = browser.newPage();
        page.navigate("http://127.0.0.1:" + server.port() + "/");
        page.fill(".site-search input[name=q]", "dang vien");
        page.press(".site-search input[name=q]", "Enter");
        page.waitForURL("**/search/?q=dang+vien");
        done(page);
        assertThat(links(page)).isNotEmpty();
        page.close();
    }
}
