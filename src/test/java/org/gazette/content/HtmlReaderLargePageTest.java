package org.gazette.content;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

/**
 * Pages that would expose a quadratic scan or a recursive walk: the reader makes a fixed number of
 * linear passes, so each of these takes a few seconds at most. The limits are generous, for slow
 * CI machines; a quadratic pass would take hours.
 */
class HtmlReaderLargePageTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private final HtmlReader reader = new HtmlReader(RawTextRules.defaults(), ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aTenMegabytePage() {
        StringBuilder html = new StringBuilder("<html><head><title>Trang rất lớn</title></head><body>"
                + "<nav><a href='/'>Trang chủ</a></nav><div class='page'><div class='col'><h1>Trang rất lớn</h1>");
        int n = 0;
        while (html.length() < 10_000_000) {
            html.append("<p>Đoạn số ").append(n++).append(": hội nghị tổng kết công tác năm đã diễn ra sáng nay "
                    + "với sự tham dự của <a href='#'>đông đảo đại biểu</a>, khách mời và người dân.</p>\n");
            if (n % 50 == 0) html.append("<div class='share'><a href='#'>Chia sẻ</a></div><table><tr><td>Ô ")
                    .append(n).append("</td><td><span>Ô khác</span></td></tr></table>");
        }
        html.append("</div><aside><a href='#'>Tin khác</a></aside></div></body></html>");
        int paragraphs = n;
        ReadResult r = assertTimeout(LIMIT, () -> reader.read("lon.html", html.toString()));
        assertThat(r.article().title()).isEqualTo("Trang rất lớn");
        assertThat(r.article().body()).filteredOn(b -> b.text().startsWith("Đoạn số ")).hasSize(paragraphs);
    }

    @Test
    void deeplyNestedElements() {
        StringBuilder html = new StringBuilder("<html><head><title>Trang lồng sâu</title></head><body>");
        String[] levels = {"<div class='c'>", "<section>", "<main>", "<article>", "<div itemprop='articleBody'>"};
        for (int i = 0; i < 100_000; i++) html.append(levels[i % levels.length]);
        html.append("<p>Một đoạn văn nằm rất sâu trong cây tài liệu, đủ dài để được tính là nội dung bài viết.</p>");
        ReadResult r = assertTimeout(LIMIT, () -> reader.read("sau.html", html.toString()));
        assertThat(r.article().body()).extracting(Block::text)
                .containsExactly("Một đoạn văn nằm rất sâu trong cây tài liệu, đủ dài để được tính là nội dung bài viết.");
    }

    @Test
    void manySiblingsOfFurniture() {
        StringBuilder html = new StringBuilder("<html><head><title>Nhiều phần tử</title></head><body><div>");
        for (int i = 0; i < 200_000; i++) html.append("<span class='share'>x</span><script>y</script><a href='#'>l</a>");
        html.append("</div><p>Một đoạn văn bình thường, đủ dài để được tính là nội dung bài viết chính của trang.</p>");
        ReadResult r = assertTimeout(LIMIT, () -> reader.read("nhieu.html", html.toString()));
        assertThat(r.article().body()).extracting(Block::text)
                .containsExactly("Một đoạn văn bình thường, đủ dài để được tính là nội dung bài viết chính của trang.");
    }
}
