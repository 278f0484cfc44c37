package org.gazette.build;

import org.gazette.diag.Diagnostic;
import org.gazette.diag.Diagnostics;
import org.gazette.diag.Severity;
import org.gazette.testing.Encodings;
import org.gazette.testing.Trees;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's list of bad input, all in one archive: each case gives a warning naming its file (and
 * line where it helps), and every other article is still built.
 */
class BadInputIT {
    static final String GOOD_BODY = "Hội nghị tổng kết công tác năm đã diễn ra sáng nay với sự tham dự của đông đảo đại biểu.";

    @TempDir
    static Path tmp;
    static Path content;
    static List<Diagnostic> diagnostics;
    static Map<String, String> html;
    static BuildReport report;

    static void write(String rel, String text) throws IOException {
        write(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(String rel, byte[] bytes) throws IOException {
        Path p = content.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    @BeforeAll
    static void build() throws Exception {
        content = tmp.resolve("site/content");
        write("tin/good.txt", "Tin tốt\n\n" + GOOD_BODY + "\n");
        write("tin/empty.txt", "");
        write("tin/blank.txt", "  \n\t\n   \n");
        write("tin/only-chrome.txt", "Phản hồi\n\nCác tin khác\n\nXem nhiều nhất\n");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        write("tin/image-named.txt", png);
        byte[] invalid = ("Tin lỗi mã\n\n" + GOOD_BODY + " Một ký tự hỏng: ").getBytes(StandardCharsets.UTF_8);
        write("tin/invalid-utf8.txt", concat(invalid, new byte[] {(byte) 0xC3, (byte) 0x28}, ". Hết.\n".getBytes(StandardCharsets.UTF_8)));
        write("tin/utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ("Tin UTF-16\n\n" + GOOD_BODY + "\n").getBytes(StandardCharsets.UTF_16LE)));
        write("tin/legacy.txt", Encodings.windows1258("Người dân Đà Nẵng đón Tết\n\n" + GOOD_BODY + "\n"));
        StringBuilder big = new StringBuilder("Tin rất dài\n\n");
        while (big.length() < 11_000_000) big.append(GOOD_BODY).append('\n');
        write("tin/huge.txt", big.toString());
        write("tin/bad-yaml.md", "---\ntitle: [không đóng\ndate: 2023-01-01\n---\nThân bài.\n");
        write("tin/unknown-key.md", "---\ntitle: Khóa lạ\nmood: vui\n---\nThân bài có khóa lạ.\n");
        write("tin/escape.md", "---\ntitle: Thoát thư mục\nslug: ../../etc/passwd\n---\nThân bài.\n");
        write("tin/same-a.txt", "Tiêu đề trùng\n\n" + GOOD_BODY + "\n");
        write("tin/same-b.txt", "Tiêu đề trùng\n\nMột bài khác hẳn nhưng trùng tiêu đề, cũng phải có trang riêng.\n");
        write("tin/hostile.txt", "Tin có mã độc <script>alert(1)</script>\n\n"
                + "Đoạn văn <img src=x onerror=alert(2)> và <a href=\"javascript:alert(3)\">liên kết</a> "
                + "cùng <iframe src=\"https://evil.example/\"></iframe> phải được hiển thị như chữ.\n");
        write("tin/hostile.md", "---\ntitle: Markdown độc\n---\n<script>alert(4)</script>\n\n"
                + "<img src=\"x.png\" onerror=\"alert(5)\"> [bấm](javascript:alert(6)) "
                + "<iframe src=\"https://evil.example/\"></iframe> <a href=\"https://ok.example/\" onclick=\"alert(7)\">tốt</a>\n");

        Diagnostics d = new Diagnostics();
        report = new Build(BuildOptions.of(tmp.resolve("site")).withOutput(tmp.resolve("out")), d).run();
        diagnostics = d.sorted();
        html = Trees.html(tmp.resolve("out"));
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    static List<Diagnostic> about(String file) {
        return diagnostics.stream().filter(x -> x.file().equals("tin/" + file) && x.severity() != Severity.INFO).toList();
    }

    static boolean published(String title) {
        return html.values().stream().anyMatch(h -> Jsoup.parse(h).select("h1").text().equals(title));
    }

    @Test
    void eachBadFileIsNamedInAWarning() {
        for (String f : List.of("empty.txt", "blank.txt", "only-chrome.txt", "image-named.txt", "invalid-utf8.txt",
                "bad-yaml.md", "unknown-key.md", "escape.md")) {
            assertThat(about(f)).as(f).isNotEmpty();
        }
        // The bracket opens on line 2; YAML notices it is unclosed on line 3.
        assertThat(about("bad-yaml.md")).anySatisfy(x -> assertThat(x.line()).isBetween(2, 3));
        assertThat(about("unknown-key.md")).anySatisfy(x -> assertThat(x.message()).contains("mood"));
        assertThat(about("escape.md")).anySatisfy(x -> assertThat(x.message()).contains("../../etc/passwd"));
        assertThat(diagnostics).anySatisfy(x -> assertThat(x.message()).contains("already taken"));
    }

    @Test
    void everythingReadableIsStillBuilt() {
        for (String title : List.of("Tin tốt", "Tin lỗi mã", "Tin UTF-16", "Người dân Đà Nẵng đón Tết", "Tin rất dài",
                "Khóa lạ", "Thoát thư mục", "Tin có mã độc <script>alert(1)</script>", "Markdown độc")) {
            assertThat(published(title)).as(title).isTrue();
        }
        assertThat(html.keySet().stream().filter(k -> k.startsWith("tin/tieu-de-trung"))).hasSize(2);
        assertThat(Files.exists(tmp.resolve("etc"))).isFalse();
        assertThat(html.keySet()).noneMatch(k -> k.contains("..") || k.startsWith("etc/"));
        assertThat(html).containsKey("tin/etc-passwd/index.html");
    }

    @Test
    void legacyAndInvalidBytesAreDecodedAndKept() {
        String invalid = html.entrySet().stream().filter(e -> e.getValue().contains("Tin lỗi mã")
                && e.getKey().startsWith("tin/tin-loi-ma")).map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(invalid).contains("\uFFFD").contains("Hết.");
    }

    @Test
    void hostileTextIsEscapedAndHostileMarkdownSanitized() {
        for (Map.Entry<String, String> e : html.entrySet()) {
            var doc = Jsoup.parse(e.getValue());
            assertThat(doc.select("script:not([type=application/ld+json]):not([src$=assets/js/search.js])")).as(e.getKey()).isEmpty();
            assertThat(doc.select("iframe, [onerror], [onclick]")).as(e.getKey()).isEmpty();
            assertThat(doc.select("a[href^=javascript]")).as(e.getKey()).isEmpty();
        }
        String raw = html.get("tin/tin-co-ma-doc-script-alert-1-script/index.html");
        assertThat(Jsoup.parse(raw).select("[itemprop=articleBody]").text()).contains("<iframe src=");
        String md = html.get("tin/markdown-doc/index.html");
        assertThat(Jsoup.parse(md).select("[itemprop=articleBody] a[href=https://ok.example/]")).hasSize(1);
    }
}
