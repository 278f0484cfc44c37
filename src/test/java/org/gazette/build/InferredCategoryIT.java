package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gazette.diag.Diagnostics;
import org.gazette.testing.SampleArticles;
import org.gazette.testing.Trees;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article at the root of {@code content/} gets the category the archive's own categorized
 * articles suggest when the classifier is confident enough, else {@code defaultCategory}.
 */
class InferredCategoryIT {
    @TempDir
    Path tmp;

    private final Diagnostics diagnostics = new Diagnostics();

    private Path build(String siteYaml) {
        Path site = tmp.resolve("site");
        SampleArticles.siteYaml(site, siteYaml);
        for (int i = 0; i < SampleArticles.SPORT.length; i++) SampleArticles.write(site, "Thể thao/bai-" + i + ".txt", SampleArticles.SPORT[i]);
        for (int i = 0; i < SampleArticles.ECONOMY.length; i++) SampleArticles.write(site, "Kinh tế/bai-" + i + ".txt", SampleArticles.ECONOMY[i]);
        // sorts before the folders: the guessed category must still show the folder's name
        SampleArticles.write(site, "0-doi-tuyen-nu.txt", SampleArticles.SPORT_UNSORTED);
        // neither sports nor economy
        SampleArticles.write(site, "lu-song-lam.txt", SampleArticles.FLOOD);
        Path out = tmp.resolve("public");
        new Build(BuildOptions.of(site).withOutput(out), diagnostics).run();
        return out;
    }

    @Test
    void aConfidentGuessBecomesTheCategory() throws Exception {
        Path out = build("");
        Document article = Trees.page(out, "the-thao/doi-tuyen-bong-da-nu-vao-chung-ket/index.html");
        assertThat(article.select(".kicker a").text()).isEqualTo("Thể thao");
        assertThat(Trees.page(out, "the-thao/index.html").select("a[href$=doi-tuyen-bong-da-nu-vao-chung-ket/]")).isNotEmpty();
        assertThat(diagnostics.sorted()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("0-doi-tuyen-nu.txt");
            assertThat(d.message()).startsWith("category 'the-thao' guessed with confidence");
        });
    }

    @Test
    void aDoubtfulGuessLeavesTheDefaultCategory() throws Exception {
        Path out = build("defaultCategory: tin-tuc\n");
        assertThat(out.resolve("tin-tuc/nuoc-song-lam-dang-cao-nhieu-xa-o-thanh-chuong-bi-ngap-sau/index.html")).exists();
        assertThat(diagnostics.sorted()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("lu-song-lam.txt");
            assertThat(d.message()).contains("below categoryConfidence 0.8", "using defaultCategory 'tin-tuc'");
        });
    }

    @Test
    void theThresholdIsTheSites() throws Exception {
        Path out = build("categoryConfidence: 0\n");
        assertThat(out.resolve("tin-tuc")).doesNotExist();
        assertThat(Files.exists(out.resolve("kinh-te/nuoc-song-lam-dang-cao-nhieu-xa-o-thanh-chuong-bi-ngap-sau"))
                || Files.exists(out.resolve("the-thao/nuoc-song-lam-dang-cao-nhieu-xa-o-thanh-chuong-bi-ngap-sau"))).isTrue();
    }

    @Test
    void categorizedArticlesAreNeverGuessed() {
        build("");
        assertThat(diagnostics.sorted()).noneMatch(d -> d.file().contains("/") && d.message().contains("guessed"));
    }
}
