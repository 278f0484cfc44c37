package org.gazette.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gazette.diag.Diagnostics;
import org.gazette.testing.Shared;
import org.gazette.testing.Trees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2's acceptance on the five real seed files, built as a site: five article pages with the
 * expected metadata, no chrome in any article body, every body paragraph present, a tag page with
 * several seeds, category pages and a home page linking all five.
 */
class SeedSiteIT {
    /** file prefix → {title, datePublished or "", author or "", source or ""} */
    static final Map<String, String[]> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("000", new String[] {"Công tác tạo nguồn, phát triển đảng viên ở Đảng bộ Công an tỉnh Điện Biên", "", "", ""});
        EXPECTED.put("001", new String[] {"Phát triển đảng viên ở Đảng bộ huyện Điện Biên", "2023-03-24T07:35:00+07:00", "Sầm Phúc", ""});
        EXPECTED.put("002", new String[] {"Nâng cao chất lượng công tác phát triển đảng viên trong sinh viên các học viện, trường Công an nhân dân",
                "2022-04-19T16:27:00+07:00", "", "Cổng Thông tin điện tử Bộ Công an"});
        EXPECTED.put("003", new String[] {"Đột phá trong xây dựng tổ chức cơ sở Đảng, nâng cao chất lượng đội ngũ đảng viên", "", "", "Báo CAND"});
        EXPECTED.put("004", new String[] {"Nhiều cách làm thiết thực về xây dựng Đảng của Công an huyện vùng cao", "2019-03-13", "Trần Cường", ""});
    }

    static final Set<String> CHROME = Set.of("Phản hồi", "Thông tin người gửi phản hồi", "Bình luận", "Các tin khác",
            "Tin khác", "Mới nhất", "Xem nhiều nhất", "Liên kết website", "Tìm kiếm", "Tin tức - Sự kiện", "Back To Top",
            "Lượt xem", "In bài viết");

    @TempDir
    static Path tmp;
    static Path seeds;
    static Path out;
    static Map<String, Document> articlePages = new LinkedHashMap<>();
    static Map<String, String> html;

    @BeforeAll
    static void build() throws Exception {
        seeds = Shared.seeds();
        Path content = tmp.resolve("site/content/xay-dung-dang");
        Files.createDirectories(content);
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path p : s.sorted().toList()) Files.copy(p, content.resolve(p.getFileName()));
        }
        out = tmp.resolve("public");
        new Build(BuildOptions.of(tmp.resolve("site")).withOutput(out), new Diagnostics()).run();
        html = Trees.html(out);
        for (Map.Entry<String, String> e : html.entrySet()) {
            Document d = Jsoup.parse(e.getValue());
            JsonNode ld = jsonLd(d);
            if (ld == null) continue;
            String title = ld.get("headline").asText();
            EXPECTED.forEach((seed, exp) -> {
                if (exp[0].equals(title)) articlePages.put(seed, d);
            });
        }
    }

    static JsonNode jsonLd(Document d) {
        Element script = d.selectFirst("script[type=application/ld+json]");
        if (script == null) return null;
        try {
            JsonNode n = new ObjectMapper().readTree(script.data());
            return "NewsArticle".equals(n.path("@type").asText()) ? n : null;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fiveArticlePagesWithTheExpectedMetadata() {
        assertThat(articlePages).containsOnlyKeys(EXPECTED.keySet());
        EXPECTED.forEach((seed, exp) -> {
            Document d = articlePages.get(seed);
            JsonNode ld = jsonLd(d);
            assertThat(d.select("h1").text()).as(seed).isEqualTo(exp[0]);
            assertThat(ld.path("datePublished").asText("")).as(seed + " date").isEqualTo(exp[1]);
            assertThat(ld.path("author").path("name").asText("")).as(seed + " author").isEqualTo(exp[2]);
            assertThat(ld.path("sourceOrganization").path("name").asText("")).as(seed + " source").isEqualTo(exp[3]);
            if (!exp[1].isEmpty()) assertThat(d.select("time[datetime]").attr("datetime")).as(seed).isEqualTo(exp[1]);
            if (!exp[2].isEmpty()) assertThat(d.select(".article-header").text()).as(seed).contains(exp[2]);
            if (!exp[3].isEmpty()) assertThat(d.select(".article-header").text()).as(seed).contains(exp[3]);
        });
        assertThat(articlePages.get("001").select(".article-header").text()).contains("Thứ Sáu, 24/03/2023, 07:35");
    }

    @Test
    void noChromeInAnyArticleBody() {
        articlePages.forEach((seed, d) -> {
            Element body = d.selectFirst("[itemprop=articleBody]");
            for (Element el : body.select("p, figcaption")) {
                String text = el.text().strip();
                assertThat(CHROME).as(seed + ": " + text).noneMatch(c -> text.equals(c) || text.startsWith(c + ":"));
                assertThat(text).as(seed).isNotEqualTo(".");
            }
            assertThat(body.text()).as(seed).doesNotContain("Lượt xem").doesNotContain("In bài viết");
        });
    }

    @Test
    void everyBodyParagraphOfEverySeedIsOnItsPage() throws Exception {
        for (Map.Entry<String, Document> e : articlePages.entrySet()) {
            Path seed;
            try (Stream<Path> s = Files.list(seeds)) {
                seed = s.filter(p -> p.getFileName().toString().startsWith(e.getKey())).findFirst().orElseThrow();
            }
            String body = normalize(e.getValue().selectFirst("[itemprop=articleBody]").text());
            List<String> missing = new ArrayList<>();
            for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
                String l = normalize(line);
                // Paragraphs: the long lines. Title, dateline, byline and chrome are all short.
                if (l.length() > 150 && !body.contains(l)) missing.add(l.substring(0, 60));
            }
            assertThat(missing).as(e.getKey()).isEmpty();
        }
    }

    static String normalize(String s) {
        return org.gazette.text.Folding.clean(s).replaceAll("\\s+", " ").strip();
    }

    @Test
    void aTagPageListsSeveralSeeds() {
        Map<String, Long> seedsPerTagPage = html.entrySet().stream()
                .filter(e -> e.getKey().startsWith("tag/") && e.getKey().endsWith("/index.html"))
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> EXPECTED.values().stream().filter(exp -> e.getValue().contains(exp[0])).count()));
        assertThat(seedsPerTagPage.values()).anyMatch(n -> n >= 2);
    }

    @Test
    void theHuyenDienBienArticleListsTheTinhDienBienArticleAsRelated() {
        Element related = articlePages.get("001").selectFirst("section.related");
        assertThat(related).isNotNull();
        assertThat(related.select("a").eachText()).contains(EXPECTED.get("000")[0]);
    }

    @Test
    void categoryAndHomePagesLinkEverySeed() {
        String home = html.get("index.html");
        String category = html.get("xay-dung-dang/index.html");
        assertThat(category).isNotNull();
        for (String[] exp : EXPECTED.values()) {
            assertThat(Jsoup.parse(home).select("a").eachText()).contains(exp[0]);
            assertThat(Jsoup.parse(category).select("a").eachText()).contains(exp[0]);
        }
        assertThat(html).containsKey("categories/index.html");
    }
}
