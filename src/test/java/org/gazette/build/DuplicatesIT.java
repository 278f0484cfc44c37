package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Diagnostics;
import org.gazette.diag.Severity;
import org.gazette.testing.HtmlChecker;
import org.gazette.testing.SampleArticles;
import org.gazette.testing.Trees;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story scraped twice, built with each {@code duplicates} setting: the copy points at the
 * original and is listed nowhere ({@code link}), is left out with a warning ({@code drop}), or is
 * published like any article ({@code keep}).
 */
class DuplicatesIT {
    @TempDir
    Path tmp;

    private final Diagnostics diagnostics = new Diagnostics();

    private Path build(String mode) {
        Path site = tmp.resolve("site");
        SampleArticles.siteYaml(site, "baseUrl: https://example.org/\nduplicates: " + mode + "\n");
        SampleArticles.write(site, "thoi-su/lu-song-lam.txt", SampleArticles.FLOOD);
        SampleArticles.write(site, "thoi-su/lu-song-lam-ban-khac.txt", SampleArticles.FLOOD_RESCRAPED);
        SampleArticles.write(site, "thoi-su/lu-song-ca.txt", SampleArticles.OTHER_FLOOD);
        Path out = tmp.resolve("public");
        new Build(BuildOptions.of(site).withOutput(out), diagnostics).run();
        return out;
    }

    @Test
    void linkPublishesTheCopyAsAPagePointingAtTheOriginalAndListsItNowhere() throws Exception {
        Path out = build("link");
        String original = "thoi-su/nuoc-song-lam-dang-cao-nhieu-xa-o-thanh-chuong-bi-ngap-sau/";
        String copy = "thoi-su/nuoc-song-lam-dang-cao-nhieu-xa-o-thanh-chuong-bi-ngap-sau-2/";

        Document copyPage = Trees.page(out, copy + "index.html");
        assertThat(copyPage.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/" + original);
        assertThat(copyPage.select(".copy-notice a").attr("href")).isEqualTo("/" + original);
        assertThat(copyPage.select(".copy-notice").text()).startsWith("Bài này là bản sao của");
        assertThat(copyPage.select("[itemprop=articleBody]").text()).contains("chìm trong nước");
        assertThat(Trees.page(out, original + "index.html").select(".copy-notice")).isEmpty();
        HtmlChecker checker = new HtmlChecker();
        checker.check(out.resolve(copy + "index.html"));
        assertThat(checker.errors()).isEmpty();

        Map<String, byte[]> files = Trees.read(out);
        files.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (path.startsWith(copy)) return;
            assertThat(text).as(path + " lists the copy").doesNotContain(copy);
        });
        assertThat(new String(files.get("index.html"), StandardCharsets.UTF_8)).contains(original);
        assertThat(new String(files.get("sitemap.xml"), StandardCharsets.UTF_8)).contains(original);
        assertThat(diagnostics.sorted()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("thoi-su/lu-song-lam-ban-khac.txt");
            assertThat(d.message()).contains("near-duplicate of thoi-su/lu-song-lam.txt");
        });
        assertThat(warnings()).isEmpty();
    }

    @Test
    void dropLeavesTheCopyOutAndSaysSo() throws Exception {
        Path out = build("drop");
        assertThat(out.resolve("thoi-su/nuoc-song-lam-dang-cao-nhieu-xa-o-thanh-chuong-bi-ngap-sau-2")).doesNotExist();
        assertThat(Trees.html(out).values()).noneMatch(h -> h.contains("chìm trong nước"));
        assertThat(warnings()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("thoi-su/lu-song-lam-ban-khac.txt");
            assertThat(d.message()).contains("near-duplicate of thoi-su/lu-song-lam.txt", "not published");
        });
    }

    @Test
    void keepPublishesBothAsArticles() throws Exception {
        Path out = build("keep");
        Document home = Trees.page(out, "index.html");
        assertThat(home.select("a[href$=ngap-sau/]")).isNotEmpty();
        assertThat(home.select("a[href$=ngap-sau-2/]")).isNotEmpty();
        assertThat(Trees.page(out, "thoi-su/nuoc-song-lam-dang-cao-nhieu-xa-o-thanh-chuong-bi-ngap-sau-2/index.html").select(".copy-notice")).isEmpty();
    }

    @Test
    void distinctStoriesOnOneTopicAreNotDuplicates() {
        build("link");
        assertThat(diagnostics.sorted()).noneMatch(d -> d.file().equals("thoi-su/lu-song-ca.txt") && d.message().contains("duplicate"));
    }

    private List<Diagnostic> warnings() {
        return diagnostics.sorted().stream().filter(d -> d.severity() != Severity.INFO).toList();
    }
}
