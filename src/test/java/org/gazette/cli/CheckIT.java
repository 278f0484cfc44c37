package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gazette.build.Check;
import org.gazette.build.Progress;
import org.gazette.diag.Diagnostics;
import org.gazette.testing.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gazette check} on a small archive with a bit of everything: a story scraped twice, an
 * article without a category, one without a date, a very short one, one whose title is chrome,
 * one with invalid bytes, a file that is no article.
 */
class CheckIT {
    @TempDir
    Path tmp;

    private Path archive() throws Exception {
        Path site = tmp.resolve("site");
        SampleArticles.siteYaml(site, "title: Kiểm tra\nbaseUrl: https://example.org/\ncategories:\n  the-thao: Thể thao\n");
        SampleArticles.write(site, "thoi-su/lu-song-lam.txt", SampleArticles.FLOOD);
        SampleArticles.write(site, "thoi-su/lu-song-lam-ban-khac.txt", SampleArticles.FLOOD_RESCRAPED);
        SampleArticles.write(site, "thoi-su/lu-song-ca.txt", SampleArticles.OTHER_FLOOD);
        for (int i = 0; i < SampleArticles.SPORT.length; i++) SampleArticles.write(site, "the-thao/bai-" + i + ".txt", SampleArticles.SPORT[i]);
        for (int i = 0; i < SampleArticles.ECONOMY.length; i++) SampleArticles.write(site, "kinh-te/bai-" + i + ".txt", SampleArticles.ECONOMY[i]);
        SampleArticles.write(site, "doi-tuyen-nu.txt", SampleArticles.SPORT_UNSORTED);
        SampleArticles.write(site, "thoi-su/ngan.txt", "Mưa đá ở Sa Pa\n\n13/03/2023\n\nMưa đá bất ngờ trút xuống thị xã Sa Pa chiều qua.\n");
        SampleArticles.write(site, "thoi-su/tin-khac.md", "---\ntitle: Tin khác\ndate: 2023-03-13\n---\n\n"
                + "Hội chợ nông sản miền núi mở cửa ở thành phố Lào Cai với gần hai trăm gian hàng mật ong, chè, thảo quả "
                + "và rau trái vụ; ban tổ chức dự kiến đón hàng chục nghìn lượt khách trong năm ngày.\n");
        Path bad = site.resolve("content/thoi-su/hong.txt");
        Files.write(bad, concat("Đường sạt lở\n\n14/03/2023\n\nĐường lên bản bị sạt lở ".getBytes("UTF-8"), new byte[] {(byte) 0xC3, (byte) 0x28},
                " sau trận mưa lớn, xe cộ không qua được, người dân phải đi bộ vòng qua đồi để ra chợ xã.\n".getBytes("UTF-8")));
        Files.write(site.resolve("content/thoi-su/anh.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        return site;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void reportsEveryArticleAndTheTotalsAsJson() throws Exception {
        Path site = archive();
        CliIT.Run r = CliIT.run("check", "--source", site.toString(), "--format", "json", "--quiet");
        assertThat(r.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        Map<String, JsonNode> byPath = new HashMap<>();
        report.get("articles").forEach(a -> byPath.put(a.get("path").asText(), a));

        JsonNode flood = byPath.get("thoi-su/lu-song-lam.txt");
        assertThat(flood.get("title").asText()).isEqualTo(SampleArticles.FLOOD_TITLE);
        assertThat(flood.get("date").asText()).isEqualTo("2023-03-24T07:35:00+07:00");
        assertThat(flood.get("author").asText()).isEqualTo("Trần Minh");
        assertThat(flood.get("category").asText()).isEqualTo("thoi-su");
        assertThat(flood.get("tags")).isNotEmpty();
        assertThat(flood.get("copies").get(0).asText()).isEqualTo("thoi-su/lu-song-lam-ban-khac.txt");
        JsonNode copy = byPath.get("thoi-su/lu-song-lam-ban-khac.txt");
        assertThat(copy.get("duplicateOf").asText()).isEqualTo("thoi-su/lu-song-lam.txt");
        assertThat(copy.get("source").asText()).isEqualTo("Báo Nghệ An");

        JsonNode guessed = byPath.get("doi-tuyen-nu.txt");
        assertThat(guessed.get("category").asText()).isEqualTo("the-thao");
        assertThat(guessed.get("categoryName").asText()).isEqualTo("Thể thao");
        assertThat(guessed.get("guess").get("applied").asBoolean()).isTrue();
        assertThat(guessed.get("guess").get("confidence").asDouble()).isBetween(0.8, 1.0);
        assertThat(byPath.get("thoi-su/lu-song-ca.txt").get("guess").isNull()).isTrue();

        assertThat(guessed.get("date").isNull()).isTrue();
        assertThat(messages(guessed)).contains("no date found");
        assertThat(messages(byPath.get("thoi-su/ngan.txt"))).anyMatch(m -> m.startsWith("very short body"));
        assertThat(messages(byPath.get("thoi-su/tin-khac.md"))).anyMatch(m -> m.startsWith("title looks like site chrome"));
        assertThat(messages(byPath.get("thoi-su/hong.txt"))).anyMatch(m -> m.contains("invalid"));
        assertThat(messages(flood)).isEmpty();

        JsonNode s = report.get("summary");
        assertThat(s.get("files").asInt()).isEqualTo(18);
        assertThat(s.get("articles").asInt()).isEqualTo(17);
        assertThat(s.get("dated").asInt()).isEqualTo(6);
        assertThat(s.get("percentDated").asDouble()).isBetween(35.2, 35.3);
        assertThat(s.get("duplicates").get("copies").asInt()).isEqualTo(1);
        assertThat(s.get("otherFiles").get(0).get("path").asText()).isEqualTo("thoi-su/anh.bin");
        assertThat(s.get("categories").findValuesAsText("key")).contains("thoi-su", "the-thao", "kinh-te");
        assertThat(s.get("warnings").asInt()).isPositive();
        assertThat(site.resolve("public")).doesNotExist();
    }

    @Test
    void readsAsTextAndFailsUnderStrictWhenAnythingIsWrong() throws Exception {
        Path site = archive();
        CliIT.Run r = CliIT.run("check", "--source", site.toString(), "--strict", "--quiet");
        assertThat(r.code()).isEqualTo(BuildCommand.EXIT_STRICT);
        assertThat(r.out()).contains("thoi-su/lu-song-lam.txt\n  title:      " + SampleArticles.FLOOD_TITLE,
                "  duplicate:  of thoi-su/lu-song-lam.txt", "guessed with confidence", "Summary", "no date found");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void passesStrictOnACleanArchive() throws Exception {
        Path site = tmp.resolve("clean");
        SampleArticles.write(site, "thoi-su/lu-song-lam.txt", SampleArticles.FLOOD);
        SampleArticles.write(site, "thoi-su/lu-song-ca.txt", SampleArticles.OTHER_FLOOD);
        CliIT.Run r = CliIT.run("check", "--source", site.toString(), "--strict", "--quiet");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("problems:   0 warnings, 0 errors");
    }

    @Test
    void aBrokenSiteYamlIsFatal() throws Exception {
        Path site = archive();
        Files.writeString(site.resolve("site.yaml"), "duplicates: merge\n");
        CliIT.Run r = CliIT.run("check", "--source", site.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_FATAL);
        assertThat(r.err()).contains("site.yaml: duplicates must be link, drop or keep");
    }

    @Test
    void showsProgressWhileReading() throws Exception {
        Path site = archive();
        java.util.List<String> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Progress recording = new Progress() {
            @Override
            public void start(String phase, long total) {
                events.add("start " + phase + " " + total);
            }

            @Override
            public void step() {
                events.add("step");
            }

            @Override
            public void end() {
                events.add("end");
            }
        };
        new Check(site, 2, new Diagnostics(), recording).run(entry -> { });
        assertThat(events.get(0)).isEqualTo("start read 18");
        assertThat(events.stream().filter("step"::equals)).hasSize(18);
        assertThat(events.get(events.size() - 1)).isEqualTo("end");
    }

    private static java.util.List<String> messages(JsonNode entry) {
        return entry.get("problems").findValuesAsText("message");
    }
}
