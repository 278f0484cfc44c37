package org.gazette.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gazette.content.PublishedAt;
import org.gazette.site.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLdTest {
    private static Article article(PublishedAt p, String author, String source) {
        return new Article("a.txt", "Tiêu đề </script><b>", "/x/tieu-de/", p, author, source, "x",
                List.of("Điện Biên", "đảng viên"), "Tóm tắt", Map.of());
    }

    @Test
    void newsArticleCarriesTheContractFields() throws Exception {
        PublishedAt p = PublishedAt.of(LocalDate.of(2023, 3, 24), LocalTime.of(7, 35), ZoneId.of("Asia/Ho_Chi_Minh"));
        String json = JsonLd.newsArticle(article(p, "Sầm Phúc", "Báo CAND"), "https://e.org/x/tieu-de/", "Thời sự", "vi", "Gazette");
        JsonNode n = new ObjectMapper().readTree(json);
        assertThat(n.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(n.get("headline").asText()).isEqualTo("Tiêu đề </script><b>");
        assertThat(n.get("datePublished").asText()).isEqualTo("2023-03-24T07:35:00+07:00");
        assertThat(n.at("/author/@type").asText()).isEqualTo("Person");
        assertThat(n.at("/author/name").asText()).isEqualTo("Sầm Phúc");
        assertThat(n.at("/sourceOrganization/name").asText()).isEqualTo("Báo CAND");
        assertThat(n.get("articleSection").asText()).isEqualTo("Thời sự");
        assertThat(n.get("keywords")).hasSize(2);
        assertThat(n.get("inLanguage").asText()).isEqualTo("vi");
        assertThat(n.get("url").asText()).isEqualTo("https://e.org/x/tieu-de/");
    }

    @Test
    void textCannotCloseTheScriptElement() {
        String json = JsonLd.newsArticle(article(null, null, null), "/x/", "X", "vi", "G");
        assertThat(json).doesNotContain("</script>").doesNotContain("<b>").contains("\\u003c/script\\u003e");
        assertThat(json).contains("Tiêu đề");
    }

    @Test
    void unknownFieldsAreAbsentNotEmpty() throws Exception {
        JsonNode n = new ObjectMapper().readTree(JsonLd.newsArticle(article(null, null, null), "/x/", "X", "vi", "G"));
        assertThat(n.has("datePublished")).isFalse();
        assertThat(n.has("author")).isFalse();
        assertThat(n.has("sourceOrganization")).isFalse();
    }
}
