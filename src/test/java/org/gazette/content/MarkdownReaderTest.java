package org.gazette.content;

import org.gazette.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MarkdownReaderTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private final MarkdownReader reader = new MarkdownReader(HANOI);

    private static String md(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private ParsedArticle article(String text) {
        ReadResult result = reader.read("tin/bai.md", text);
        assertThat(result.hasArticle()).as("article read; diagnostics %s", result.diagnostics()).isTrue();
        return result.article();
    }

    private static List<String> html(ParsedArticle article) {
        return article.body().stream().map(Block::text).toList();
    }

    @Test
    void readsEveryFrontMatterField() {
        ReadResult result = reader.read("tin/bai.md", md(
                "---",
                "title: Hà Nội mở thêm tuyến buýt điện",
                "date: 2023-03-24T07:35:00+07:00",
                "author: Minh Anh",
                "source: Báo Hà Nội Mới",
                "category: xa-hoi",
                "tags: [giao thông, Hà Nội]",
                "slug: ha-noi-mo-them-tuyen-buyt-dien",
                "summary: Tuyến E10 nối Long Biên với Cầu Giấy.",
                "draft: false",
                "---",
                "Từ ngày 25/3, tuyến buýt điện E10 chính thức hoạt động.",
                "",
                "Giá vé 7.000 đồng một lượt."));

        assertThat(result.diagnostics()).isEmpty();
        ParsedArticle a = result.article();
        assertThat(a.title()).isEqualTo("Hà Nội mở thêm tuyến buýt điện");
        assertThat(a.published().iso()).isEqualTo("2023-03-24T07:35:00+07:00");
        assertThat(a.author()).isEqualTo("Minh Anh");
        assertThat(a.source()).isEqualTo("Báo Hà Nội Mới");
        assertThat(a.category()).isEqualTo("xa-hoi");
        assertThat(a.tags()).containsExactly("giao thông", "Hà Nội");
        assertThat(a.slug()).isEqualTo("ha-noi-mo-them-tuyen-buyt-dien");
        assertThat(a.summary()).isEqualTo("Tuyến E10 nối Long Biên với Cầu Giấy.");
        assertThat(a.draft()).isFalse();
        assertThat(a.params()).isEmpty();
        assertThat(a.body()).extracting(Block::kind, Block::text, Block::plainText).containsExactly(
                tuple(Block.Kind.HTML, "<p>Từ ngày 25/3, tuyến buýt điện E10 chính thức hoạt động.</p>",
                        "Từ ngày 25/3, tuyến buýt điện E10 chính thức hoạt động."),
                tuple(Block.Kind.HTML, "<p>Giá vé 7.000 đồng một lượt.</p>", "Giá vé 7.000 đồng một lượt."));
    }

    @Test
    void datesWithoutATimeAreDatedButNotTimed() {
        ParsedArticle a = article(md("---", "title: T", "date: 2023-03-24", "---", "x"));

        assertThat(a.published().hasTime()).isFalse();
        assertThat(a.published().iso()).isEqualTo("2023-03-24");
        assertThat(a.published().dateTime().getZone()).isEqualTo(HANOI);
    }

    @Test
    void warnsAboutAnUnparseableDateAndLeavesTheArticleUndated() {
        ReadResult result = reader.read("tin/bai.md", md("---", "title: T", "date: hôm qua", "---", "x"));

        assertThat(result.article().published()).isNull();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).startsWith("unparseable date 'hôm qua'");
        });
    }

    @Test
    void takesTheFirstOfHugoStyleCategories() {
        ReadResult one = reader.read("a.md", md("---", "title: T", "categories: [the-thao]", "---", "x"));
        ReadResult two = reader.read("a.md", md("---", "title: T", "categories:", "  - the-thao", "  - bong-da", "---", "x"));

        assertThat(one.article().category()).isEqualTo("the-thao");
        assertThat(one.diagnostics()).isEmpty();
        assertThat(two.article().category()).isEqualTo("the-thao");
        assertThat(two.diagnostics()).extracting(Diagnostic::line, Diagnostic::message).containsExactly(
                tuple(3, "front matter lists 2 categories; only the first, 'the-thao', is used"));
    }

    @Test
    void prefersCategoryOverCategories() {
        ParsedArticle a = article(md("---", "title: T", "category: kinh-te", "categories: [the-thao]", "---", "x"));

        assertThat(a.category()).isEqualTo("kinh-te");
    }

    @Test
    void readsTagsFromCommaSeparatedTextWithoutDuplicates() {
        ParsedArticle a = article(md("---", "title: T", "tags: \"bóng đá, V-League ,, bóng đá\"", "---", "x"));

        assertThat(a.tags()).containsExactly("bóng đá", "V-League");
    }

    @Test
    void joinsSeveralAuthors() {
        ParsedArticle a = article(md("---", "title: T", "author: [Minh Anh, Quốc Tuấn]", "---", "x"));

        assertThat(a.author()).isEqualTo("Minh Anh, Quốc Tuấn");
    }

    @Test
    void usesDescriptionWhenThereIsNoSummary() {
        ParsedArticle a = article(md("---", "title: T", "description: Tóm tắt.", "---", "x"));

        assertThat(a.summary()).isEqualTo("Tóm tắt.");
    }

    @Test
    void marksDrafts() {
        assertThat(article(md("---", "title: T", "draft: true", "---", "x")).draft()).isTrue();
        assertThat(article(md("---", "title: T", "draft: yes", "---", "x")).draft()).isTrue();
    }

    @Test
    void warnsAboutADraftValueThatIsNotABoolean() {
        ReadResult result = reader.read("a.md", md("---", "title: T", "draft: maybe", "---", "x"));

        assertThat(result.article().draft()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::line).containsExactly(3);
    }

    @Test
    void keepsUnknownKeysAndWarnsOncePerKey() {
        ReadResult result = reader.read("tin/bai.md", md(
                "---",
                "title: T",
                "lastmod: 2023-03-25",
                "weight: 3",
                "cover: ~",
                "---",
                "x"));

        assertThat(result.article().params()).isEqualTo(Map.of("lastmod", "2023-03-25", "weight", 3));
        assertThat(result.diagnostics()).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::message)
                .containsExactly(
                        tuple("tin/bai.md", 3, "unknown front-matter key 'lastmod' (kept)"),
                        tuple("tin/bai.md", 4, "unknown front-matter key 'weight' (kept)"),
                        tuple("tin/bai.md", 5, "unknown front-matter key 'cover' (kept)"));
    }

    @Test
    void skipsMalformedYamlNamingTheLineInTheFile() {
        ReadResult result = reader.read("tin/bai.md", md("---", "title: T", "tags: [a, b", "author: X", "---", "x"));

        assertThat(result.hasArticle()).isFalse();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).startsWith("malformed YAML front matter: ");
        });
    }

    @Test
    void skipsDuplicateKeys() {
        ReadResult result = reader.read("a.md", md("---", "title: T", "date: 2023-01-01", "title: U", "---", "x"));

        assertThat(result.hasArticle()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::line, Diagnostic::message)
                .containsExactly(tuple(4, "malformed YAML front matter: duplicate key 'title'"));
    }

    @Test
    void skipsAValueThatContainsItself() {
        ReadResult result = reader.read("a.md", md("---", "title: T", "shared: &s [1, 2]", "copy: *s",
                "nested:", "  inner: &loop [1, *loop]", "---", "x"));

        assertThat(result.hasArticle()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::line, Diagnostic::message)
                .containsExactly(tuple(5, "malformed YAML front matter: the value of this key contains itself"));
    }

    @Test
    void skipsFrontMatterThatIsNotKeysAndValues() {
        ReadResult result = reader.read("a.md", md("---", "- title", "- date", "---", "x"));

        assertThat(result.hasArticle()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::line, Diagnostic::message)
                .containsExactly(tuple(2, "front matter is not a set of 'key: value' lines (found a list)"));
    }

    @Test
    void skipsFrontMatterWithoutClosingLine() {
        ReadResult result = reader.read("a.md", md("---", "title: T", "", "Body text."));

        assertThat(result.hasArticle()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::line, Diagnostic::message)
                .containsExactly(tuple(1, "front matter starts at line 1 but has no closing ---"));
    }

    @Test
    void acceptsDotsAsTheClosingLineAndEmptyFrontMatter() {
        assertThat(article(md("---", "title: T", "...", "x")).title()).isEqualTo("T");
        assertThat(article(md("---", "---", "# Tiêu đề", "x")).title()).isEqualTo("Tiêu đề");
    }

    @Test
    void takesTheTitleFromALeadingHeadingWithoutFrontMatter() {
        ParsedArticle a = article(md("# Đà Nẵng đón khách quốc tế", "", "Sân bay đón 20 chuyến bay.", "", "# Khác"));

        assertThat(a.title()).isEqualTo("Đà Nẵng đón khách quốc tế");
        assertThat(html(a)).containsExactly("<p>Sân bay đón 20 chuyến bay.</p>", "<h2>Khác</h2>");
        assertThat(a.published()).isNull();
        assertThat(a.tags()).isEmpty();
    }

    @Test
    void dropsALeadingHeadingThatRepeatsTheTitleAndKeepsADifferentOne() {
        ParsedArticle same = article(md("---", "title: Tin nóng", "---", "Tin nóng", "========", "", "x"));
        ParsedArticle other = article(md("---", "title: Tin nóng", "---", "# Phần một", "", "x"));

        assertThat(html(same)).containsExactly("<p>x</p>");
        assertThat(html(other)).containsExactly("<h2>Phần một</h2>", "<p>x</p>");
    }

    @Test
    void bodyHeadingsAreRenumberedUnderThePageTitleWithoutGaps() {
        ParsedArticle a = article(md("---", "title: T", "---", "# Một", "", "## Hai", "", "###### Sáu"));
        ParsedArticle sub = article(md("---", "title: T", "---", "## Hai", "", "#### Bốn", "", "## Hai nữa"));

        assertThat(html(a)).containsExactly("<h2>Một</h2>", "<h3>Hai</h3>", "<h4>Sáu</h4>");
        assertThat(html(sub)).containsExactly("<h2>Hai</h2>", "<h3>Bốn</h3>", "<h2>Hai nữa</h2>");
    }

    @Test
    void aTitleHeadingIsLeftOutWhenRenumbering() {
        ParsedArticle a = article(md("# Tiêu đề", "", "## Phần", "", "x"));

        assertThat(a.title()).isEqualTo("Tiêu đề");
        assertThat(html(a)).containsExactly("<h2>Phần</h2>", "<p>x</p>");
    }

    @Test
    void skipsAFileWithoutAnyTitle() {
        ReadResult result = reader.read("tin/bai.md", md("---", "date: 2023-03-24", "---", "Chỉ có thân bài."));

        assertThat(result.hasArticle()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("no title (add title: to the front matter)");
    }

    @Test
    void neverLetsHostileHtmlThrough() {
        ParsedArticle a = article(md(
                "---", "title: T", "---",
                "<script>alert(1)</script>",
                "",
                "Ảnh <img src=x onerror=alert(1)> đây, [bấm](javascript:alert(1)) và <a href=\"JaVaScRiPt:alert(2)\">đây</a>.",
                "",
                "<iframe src=\"https://evil.example/\">khung</iframe>",
                "",
                "Xem <a href=\"https://ok.example/\" onclick=\"steal()\">nguồn</a>.",
                "",
                "<style>body { display: none }</style>",
                "",
                "<form action=\"/x\"><input name=q><button>Gửi</button></form>",
                "",
                "<object data=\"x.swf\">cũ</object>",
                "",
                "<div style=\"position:fixed\" onmouseover=\"x()\">Hộp</div>",
                "",
                "![ảnh](data:image/png;base64,AAAA)"));

        String all = String.join("\n", html(a)).toLowerCase();
        for (String bad : List.of("script", "onerror", "onclick", "onmouseover", "javascript:", "iframe", "alert",
                "style", "form", "input", "button", "object", "data:", "khung", "gửi")) {
            assertThat(all).as("no %s in %s", bad, all).doesNotContain(bad);
        }
        assertThat(html(a)).containsExactly(
                "<p>Ảnh <img src=\"x\"> đây, bấm và đây.</p>",
                "<p>Xem <a href=\"https://ok.example/\">nguồn</a>.</p>",
                "<div>Hộp</div>");
    }

    @Test
    void keepsRelativeAndMailLinks() {
        ParsedArticle a = article(md("---", "title: T", "---",
                "[bài trước](../2023/bai-truoc/) [mục](#muc) [thư](mailto:toa-soan@example.vn) ![hình](anh/cau.jpg \"Cầu\")"));

        assertThat(html(a)).containsExactly("<p><a href=\"../2023/bai-truoc/\">bài trước</a> <a href=\"#muc\">mục</a> "
                + "<a href=\"mailto:toa-soan@example.vn\">thư</a> <img src=\"anh/cau.jpg\" alt=\"hình\" title=\"Cầu\"></p>");
    }

    @Test
    void rendersTablesStrikethroughAutolinksAndCode() {
        ParsedArticle a = article(md("---", "title: T", "---",
                "| Tỉnh | Số ca |",
                "|:-----|------:|",
                "| Hà Nội | 12 |",
                "",
                "Giá ~~10.000~~ 8.000 đồng, xem https://example.vn/gia",
                "",
                "```java",
                "if (a < b) {}",
                "```",
                "",
                "---",
                "",
                "> Trích dẫn"));

        assertThat(a.body()).extracting(Block::plainText).containsExactly(
                "Tỉnh Số ca Hà Nội 12",
                "Giá 10.000 8.000 đồng, xem https://example.vn/gia",
                "if (a < b) {}",
                "",
                "Trích dẫn");
        List<String> html = html(a);
        assertThat(html.get(0)).startsWith("<table>").contains("<th align=\"left\">Tỉnh</th>", "<td align=\"right\">12</td>");
        assertThat(html.get(1)).isEqualTo(
                "<p>Giá <del>10.000</del> 8.000 đồng, xem <a href=\"https://example.vn/gia\">https://example.vn/gia</a></p>");
        assertThat(html.get(2)).isEqualTo("<pre><code class=\"language-java\">if (a &lt; b) {}\n</code></pre>");
        assertThat(html.get(3)).isEqualTo("<hr>");
        assertThat(html.get(4)).startsWith("<blockquote>");
    }

    @Test
    void gathersLooseInlineHtmlIntoOneParagraph() {
        ParsedArticle a = article(md("---", "title: T", "---", "<section>Chữ <b>đậm</b> lẻ</section>", "", "Sau."));

        assertThat(a.body()).extracting(Block::plainText).containsExactly("Chữ đậm lẻ", "Sau.");
        assertThat(html(a).get(0)).startsWith("<p>").contains("<b>đậm</b>").endsWith("</p>");
    }

    @Test
    void keepsFiguresWithCaptions() {
        ParsedArticle a = article(md("---", "title: T", "---",
                "<figure><img src=\"cau.jpg\" alt=\"Cầu\"><figcaption>Cầu Rồng</figcaption></figure>"));

        assertThat(html(a)).containsExactly(
                "<figure><img src=\"cau.jpg\" alt=\"Cầu\"><figcaption>Cầu Rồng</figcaption></figure>");
    }

    @Test
    void normalisesVietnameseToNfc() {
        String nfd = Normalizer.normalize("Người Việt ở Đức", Normalizer.Form.NFD);
        ParsedArticle a = article(md("---", "title: " + nfd, "tags: [" + nfd + "]", "---", nfd));

        assertThat(a.title()).isEqualTo("Người Việt ở Đức");
        assertThat(a.tags()).containsExactly("Người Việt ở Đức");
        assertThat(a.body()).extracting(Block::text).containsExactly("<p>Người Việt ở Đức</p>");
    }

    @Test
    void cleansFrontMatterValuesWrittenWithYamlEscapes() {
        ParsedArticle a = article(md("---", "title: \"Hà\\u00A0Nội\\u200B\"", "---", "x"));

        assertThat(a.title()).isEqualTo("Hà Nội");
    }

    @Test
    void readsCrlfFilesWithAByteOrderMark() {
        String text = "\uFEFF---\r\ntitle: Tết\r\ntags: [a]\r\nfoo: [1,\r\n---\r\nx\r\n";
        ReadResult malformed = reader.read("a.md", text);
        ParsedArticle a = article("\uFEFF---\r\ntitle: Tết\r\ndate: 2023-01-22\r\n---\r\nDòng một\r\ndòng hai\r\n\r\nĐoạn hai\r\n");

        assertThat(malformed.diagnostics()).extracting(Diagnostic::line).containsExactly(5);
        assertThat(a.title()).isEqualTo("Tết");
        assertThat(a.published().iso()).isEqualTo("2023-01-22");
        assertThat(a.body()).extracting(Block::plainText).containsExactly("Dòng một dòng hai", "Đoạn hai");
    }

    @Test
    void canBeSharedBetweenThreads() {
        List<String> texts = IntStream.range(0, 200)
                .mapToObj(i -> md("---", "title: Bài " + i, "tags: [t" + i + "]", "---", "Đoạn **" + i + "**", "", "| a |", "|---|", "| " + i + " |"))
                .toList();
        List<ParsedArticle> sequential = texts.stream().map(this::article).toList();
        List<ParsedArticle> parallel = texts.parallelStream().map(this::article).toList();

        assertThat(parallel).isEqualTo(sequential);
    }
}
