package org.gazette.site;

import org.gazette.content.PublishedAt;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final PublishedAt DATE = PublishedAt.of(LocalDate.of(2023, 3, 24), LocalTime.of(7, 35), VN);

    private static Article article(String title, PublishedAt published, String author, List<String> tags,
                                  String summary, Map<String, Object> params) {
        return new Article("thoi-su/a.txt", title, "/thoi-su/a/", published, author, "TTXVN", "thoi-su", tags, summary, params);
    }

    private static Article base() {
        return article("Điện Biên", DATE, "Minh Anh", List.of("Điện Biên", "đảng viên"), "Tóm tắt.", Map.of("rank", 1));
    }

    @Test
    void equalArticlesHaveEqualDigests() {
        assertThat(base().digest()).isEqualTo(base().digest());
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", List.of("x", Map.of("y", true, "z", 2)));
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", List.of("x", Map.of("z", 2, "y", true)));
        ba.put("a", 1);
        assertThat(article("T", null, null, List.of(), "", ab).digest())
                .as("front matter in another order").isEqualTo(article("T", null, null, List.of(), "", ba).digest());
    }

    @Test
    void anyChangeChangesTheDigest() {
        long d = base().digest();
        PublishedAt untimed = PublishedAt.of(LocalDate.of(2023, 3, 24), null, VN);
        List<Article> changed = List.of(
                article("Điện Biên Phủ", DATE, "Minh Anh", List.of("Điện Biên", "đảng viên"), "Tóm tắt.", Map.of("rank", 1)),
                article("Điện Biên", untimed, "Minh Anh", List.of("Điện Biên", "đảng viên"), "Tóm tắt.", Map.of("rank", 1)),
                article("Điện Biên", null, "Minh Anh", List.of("Điện Biên", "đảng viên"), "Tóm tắt.", Map.of("rank", 1)),
                article("Điện Biên", DATE, null, List.of("Điện Biên", "đảng viên"), "Tóm tắt.", Map.of("rank", 1)),
                article("Điện Biên", DATE, "Minh Anh", List.of("đảng viên", "Điện Biên"), "Tóm tắt.", Map.of("rank", 1)),
                article("Điện Biên", DATE, "Minh Anh", List.of("Dien Bien", "đảng viên"), "Tóm tắt.", Map.of("rank", 1)),
                article("Điện Biên", DATE, "Minh Anh", List.of("Điện Biên", "đảng viên"), "Tóm tắt", Map.of("rank", 1)),
                article("Điện Biên", DATE, "Minh Anh", List.of("Điện Biên", "đảng viên"), "Tóm tắt.", Map.of("rank", "1")),
                base().untaggedIn("kinh-te"),
                new Article("thoi-su/b.txt", "Điện Biên", "/thoi-su/a/", DATE, "Minh Anh", "TTXVN", "thoi-su",
                        List.of("Điện Biên", "đảng viên"), "Tóm tắt.", Map.of("rank", 1)),
                new Article("thoi-su/a.txt", "Điện Biên", "/thoi-su/a-2/", DATE, "Minh Anh", "TTXVN", "thoi-su",
                        List.of("Điện Biên", "đảng viên"), "Tóm tắt.", Map.of("rank", 1)),
                new Article("thoi-su/a.txt", "Điện Biên", "/thoi-su/a/", DATE, "Minh Anh", null, "thoi-su",
                        List.of("Điện Biên", "đảng viên"), "Tóm tắt.", Map.of("rank", 1)));
        for (Article a : changed) {
            assertThat(a).isNotEqualTo(base());
            assertThat(a.digest()).as(a + " " + a.title() + " " + a.tags()).isNotEqualTo(d);
        }
    }
}
