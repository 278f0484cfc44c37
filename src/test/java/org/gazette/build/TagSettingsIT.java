package org.gazette.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.diag.Diagnostics;
import org.gazette.testing.SampleArticles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code tags:} section of {@code site.yaml} reaches the tags a build gives its articles. */
class TagSettingsIT {
    @TempDir
    Path tmp;

    @Test
    void synonymsBlocklistAndAlwaysShapeTheTags() throws Exception {
        Path site = tmp.resolve("site");
        SampleArticles.siteYaml(site, """
                tags:
                  synonyms:
                    Anh Sơn: Huyện Anh Sơn
                  blocklist: [ngap sau]
                  always: [sông Lam, Sông Cả, Hà Nội]
                """);
        SampleArticles.write(site, "thoi-su/lu-song-lam.txt", SampleArticles.FLOOD);
        SampleArticles.write(site, "thoi-su/lu-song-ca.txt", SampleArticles.OTHER_FLOOD);
        Path out = tmp.resolve("public");
        new Build(BuildOptions.of(site).withOutput(out), new Diagnostics()).run();

        List<String> lam = tags(out.resolve("thoi-su/nuoc-song-lam-dang-cao-nhieu-xa-o-thanh-chuong-bi-ngap-sau/index.html"));
        List<String> ca = tags(out.resolve("thoi-su/lu-song-ca-co-lap-hang-tram-ngoi-nha-o-anh-son/index.html"));
        assertThat(lam).contains("sông Lam", "Thanh Chương").doesNotContain("ngập sâu", "Hà Nội", "Sông Cả");
        assertThat(ca).contains("Sông Cả", "Huyện Anh Sơn").doesNotContain("Anh Sơn", "sông Lam");
    }

    private static List<String> tags(Path page) throws Exception {
        return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).select("meta[property=article:tag]").eachAttr("content");
    }
}
