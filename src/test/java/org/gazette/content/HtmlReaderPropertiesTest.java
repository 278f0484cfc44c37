package org.gazette.content;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReaderPropertiesTest {
    private static final String TITLE = "Tiêu đề của trang thử nghiệm";
    /** Ordinary words: no digits, no markup characters, none of the labels that make a line metadata. */
    private static final List<String> WORDS = List.of("người", "dân", "xã", "huyện", "trường", "học", "sinh", "cán",
            "bộ", "công", "tác", "phát", "triển", "kinh", "tế", "nông", "nghiệp", "đường", "làng", "bản", "mùa",
            "lúa", "nước", "cây", "rừng", "chợ", "phiên", "nhà", "văn", "hóa", "đội", "thanh", "niên", "hội",
            "nghị", "kế", "hoạch", "mới", "lớn", "nhỏ", "đẹp", "xanh", "sạch", "an", "toàn", "vững", "tốt",
            "nhiều", "các", "những", "và", "của", "với", "trong", "đã", "sẽ", "đang", "được", "village", "river",
            "council", "school", "new", "the", "of", "a");
    /** Furniture of every kind the reader drops; each carries the marker that must never reach a body. */
    private static final List<String> FURNITURE = List.of(
            "<nav><a href='/'>ZQX Trang chủ</a> <a href='/a'>ZQX Thời sự</a></nav>",
            "<aside><h3>ZQX Đọc nhiều</h3><p>ZQX một tin khác rất dài được nhiều người đọc trong tuần qua, có cả dấu phẩy, và chữ.</p></aside>",
            "<footer><p>ZQX Bản quyền thuộc về tòa soạn, ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></footer>",
            "<script>var zqx = '<p>ZQX</p>'; document.write(zqx);</script>",
            "<style>.zqx:before { content: 'ZQX'; }</style>",
            "<div class='share-bar'><a href='#'>ZQX Chia sẻ</a> <a href='#'>ZQX Zalo</a></div>",
            "<section class='related-news'><h3>ZQX Tin liên quan</h3><p>ZQX tóm tắt của một tin liên quan, khá dài, có dấu phẩy, và nhiều chữ.</p></section>",
            "<div id='comments'><p>ZQX bình luận của bạn đọc về bài viết, rất dài, có nhiều dấu phẩy, và nhiều ý kiến khác nhau.</p></div>",
            "<div class='cookie-banner'>ZQX Trang web dùng cookie để ghi nhớ lựa chọn của bạn. <button>ZQX Đồng ý</button></div>",
            "<iframe src='https://x.example/'>ZQX khung</iframe>",
            "<form><input value='ZQX'><textarea>ZQX ý kiến</textarea><button>ZQX Gửi</button></form>",
            "<div class='ad-slot'><a href='https://ads.example/'>ZQX quảng cáo</a></div>",
            "<div style='display:none'>ZQX ẩn, một đoạn văn bản bị ẩn khá dài, có dấu phẩy, và nhiều chữ nữa.</div>",
            "<ul><li><a href='/1'>ZQX một tin liên quan khác trong chuyên mục</a></li><li><a href='/2'>ZQX thêm một tin</a></li></ul>");
    private static final List<String> WRAPPERS = List.of("div", "section", "main", "article", "center",
            "div class='content'", "div id='main-col'", "div class='entry-content has-menu'", "font size='2'");
    private static final List<String> FRAGMENTS = List.of("<", ">", "</", "/>", "<div>", "</div>", "<p>", "</p>",
            "<br>", "<a href='javascript:x()'>", "</a>", "<script>", "</script>", "<style>", "<!--", "-->",
            "<![CDATA[", "]]>", "&amp;", "&nbsp;", "&#", "&#x1F600;", "<title>", "</title>", "<h1>", "</h1>",
            "<meta property='og:title' content='", "<meta property='article:published_time' content='", "'>",
            "<time datetime='", "2023-03-24T07:35:00+07:00", "24/03/2023", "<script type='application/ld+json'>",
            "{\"@type\": \"NewsArticle\", \"headline\": ", "\"@graph\": [", "]", "}", "\"", "<table><tr><td>",
            "<figcaption>", "Ảnh: ", "Từ khóa: ", "Nguồn: ", "By ", "Trang chủ > Tin tức", "<nav>", "<article>",
            "class='comment'", "\u00A0", "\uFEFF", "\u0301", "\r\n", "\n", " ", "Đ", "a", "1", "(Reuters) - ");

    private final HtmlReader reader = new HtmlReader(RawTextRules.defaults(), ZoneId.of("Asia/Ho_Chi_Minh"));

    @Property(tries = 300)
    void neverThrowsOnAnyStringAndAlwaysExplains(@ForAll("anyText") String text) {
        check(reader.read("p.html", text));
    }

    @Property(tries = 300)
    void neverThrowsOnNestedMarkupAndKeepsOnlyText(@ForAll("nestedMarkup") String html) {
        ReadResult r = reader.read("p.html", html);
        check(r);
        if (r.hasArticle()) {
            // The generated text has no markup characters: any in the output would be markup let through.
            assertThat(r.article().body()).allSatisfy(b -> assertThat(b.text()).doesNotContain("<", ">", "ZQX"));
        }
    }

    @Property(tries = 200)
    void everyParagraphSurvivesInOrderAndNoFurnitureDoes(@ForAll("articles") Article article) {
        ReadResult r = reader.read("p.html", article.html());
        assertThat(r.hasArticle()).as(article.html()).isTrue();
        assertThat(r.article().title()).isEqualTo(TITLE);
        assertThat(r.article().body()).extracting(Block::plainText).as(article.html())
                .containsExactlyElementsOf(article.paragraphs());
    }

    private static void check(ReadResult r) {
        if (r.hasArticle()) {
            assertThat(r.article().title()).isNotBlank();
            assertThat(r.article().body()).isNotEmpty().allSatisfy(b -> {
                assertThat(b.text()).isNotBlank();
                assertThat(b.kind()).isNotEqualTo(Block.Kind.HTML);
            });
        } else {
            assertThat(r.diagnostics()).isNotEmpty();
        }
    }

    /** A generated page and the paragraphs that must come out of it. */
    record Article(String html, List<String> paragraphs) {}

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> fragments = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(8))
                .list().ofMaxSize(60).map(l -> String.join("", l));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), fragments);
    }

    @Provide
    Arbitrary<String> nestedMarkup() {
        Arbitrary<String> text = sentence(1, 30);
        Arbitrary<String> tree = Arbitraries.recursive(() -> Arbitraries.oneOf(text, Arbitraries.of(FURNITURE)),
                inner -> Combinators.combine(Arbitraries.of("div", "p", "span", "b", "a href='#'", "td", "li", "article",
                                "section", "header", "h1", "h2", "figure", "figcaption", "blockquote", "main", "table",
                                "div class='author'", "div class='entry-meta'", "div class='breadcrumb'"),
                        inner.list().ofMaxSize(4))
                        .as((tag, children) -> "<" + tag + ">" + String.join("", children)
                                + "</" + tag.split(" ")[0] + ">"),
                0, 5);
        return Combinators.combine(Arbitraries.of("", "<title>" + TITLE + "</title>"), tree)
                .as((head, body) -> "<html><head>" + head + "</head><body>" + body + "</body></html>");
    }

    @Provide
    Arbitrary<Article> articles() {
        Arbitrary<List<String>> paragraphs = sentence(12, 30).list().ofMinSize(2).ofMaxSize(8).uniqueElements();
        Arbitrary<List<String>> wrappers = Arbitraries.of(WRAPPERS).list().ofMaxSize(4);
        Arbitrary<List<String>> furniture = Arbitraries.of(FURNITURE).list().ofMaxSize(6);
        return Combinators.combine(paragraphs, wrappers, furniture, furniture, Arbitraries.of(true, false))
                .as(HtmlReaderPropertiesTest::page);
    }

    private static Article page(List<String> paragraphs, List<String> wrappers, List<String> inside,
                                List<String> outside, boolean h1) {
        StringBuilder html = new StringBuilder("<html><head><title>" + TITLE + "</title></head><body>");
        int half = outside.size() / 2;
        outside.subList(0, half).forEach(html::append);
        for (String w : wrappers) html.append('<').append(w).append('>');
        if (h1) html.append("<h1>").append(TITLE).append("</h1>");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            html.append("<p>").append(paragraphs.get(i)).append("</p>\n");
            out.add(paragraphs.get(i));
            if (i < inside.size()) html.append(inside.get(i));
        }
        for (int i = wrappers.size() - 1; i >= 0; i--) html.append("</").append(wrappers.get(i).split(" ")[0]).append('>');
        outside.subList(half, outside.size()).forEach(html::append);
        return new Article(html.append("</body></html>").toString(), out);
    }

    /** A sentence of ordinary words, capitalized, ending with a period. */
    private static Arbitrary<String> sentence(int minWords, int maxWords) {
        return Arbitraries.of(WORDS).list().ofMinSize(minWords).ofMaxSize(maxWords).map(words -> {
            String s = String.join(" ", words);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
        });
    }
}
