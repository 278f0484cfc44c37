package org.gazette.content;

import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Diagnostics;
import org.gazette.diag.Severity;
import org.gazette.testing.Trees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Saved pages in a real build: they are published as articles, as text, whatever their markup held. */
class HtmlReaderBuildTest {
    @TempDir
    static Path tmp;
    static List<Diagnostic> diagnostics;
    static Map<String, String> html;

    @BeforeAll
    static void build() throws IOException {
        Path content = tmp.resolve("site/content");
        Files.createDirectories(content.resolve("tin"));
        Files.createDirectories(content.resolve("the-gioi"));
        Files.write(content.resolve("tin/hostile.html"), HtmlReaderTest.fixture("hostile.html"));
        Files.write(content.resolve("tin/le-hoi.htm"), HtmlReaderTest.fixture("legacy-windows-1258.htm"));
        Files.write(content.resolve("the-gioi/coffee.html"), HtmlReaderTest.fixture("wire-story.html"));
        Files.writeString(content.resolve("tin/menu.html"), "<nav><a href='/'>Trang chủ</a></nav>");
        Diagnostics d = new Diagnostics();
        new Build(BuildOptions.of(tmp.resolve("site")).withOutput(tmp.resolve("out")), d).run();
        diagnostics = d.sorted();
        html = Trees.html(tmp.resolve("out"));
    }

    private static Document article(String title) {
        return html.values().stream().map(Jsoup::parse).filter(doc -> doc.select("h1").text().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no page for " + title + " in " + html.keySet()));
    }

    @Test
    void pagesArePublishedInTheirFolderCategory() {
        assertThat(article("Lễ hội đua thuyền trên sông Lam năm 2003").text()).contains("hai mươi tay chèo");
        assertThat(article("Vietnam coffee exporters race to meet EU deforestation rules").text())
                .contains("HANOI (Reuters) - Vietnamese coffee exporters").contains("Jane Doe");
        assertThat(html.keySet()).anyMatch(k -> k.startsWith("the-gioi/vietnam-coffee-exporters"));
    }

    @Test
    void hostileMarkupNeverReachesTheSite() {
        Document page = article("Tin có mã độc");
        assertThat(page.select("[itemprop=articleBody]").text())
                .contains("Đoạn văn đầu tiên có một liên kết giả")
                .contains("<script>alert('text')</script>");
        for (Map.Entry<String, String> e : html.entrySet()) {
            Document doc = Jsoup.parse(e.getValue());
            assertThat(doc.select("script:not([type=application/ld+json]):not([src$=assets/js/search.js])")).as(e.getKey()).isEmpty();
            assertThat(doc.select("iframe, object, embed, svg, [onerror], [onclick], [onload], [onmouseover]"))
                    .as(e.getKey()).isEmpty();
            assertThat(doc.select("a[href^=javascript]")).as(e.getKey()).isEmpty();
            assertThat(e.getValue()).as(e.getKey()).doesNotContain("evil.example", "alert('link')", "alert('img')");
        }
    }

    @Test
    void aPageWithoutArticleTextIsSkippedWithAWarningNamingIt() {
        assertThat(diagnostics).filteredOn(x -> x.file().equals("tin/menu.html"))
                .extracting(Diagnostic::severity, Diagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING,
                        "skipped: no article text in the page"));
    }
}
