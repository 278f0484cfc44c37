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

class RawTextParserPropertiesTest {
    private static final String TITLE = "Tiêu đề của bài viết thử nghiệm";
    /** Ordinary words: no digits, and none of the labels that make a line metadata. */
    private static final List<String> WORDS = List.of("người", "dân", "xã", "huyện", "trường", "học", "sinh", "cán",
            "bộ", "công", "tác", "phát", "triển", "kinh", "tế", "nông", "nghiệp", "đường", "làng", "bản", "mùa",
            "lúa", "nước", "cây", "rừng", "chợ", "phiên", "nhà", "văn", "hóa", "đội", "viên", "thanh", "niên", "hội",
            "nghị", "kế", "hoạch", "mới", "lớn", "nhỏ", "đẹp", "xanh", "sạch", "an", "toàn", "vững", "mạnh", "tốt",
            "nhiều", "các", "những", "và", "của", "với", "trong", "đã", "sẽ", "đang", "được", "Điện", "Biên",
            "village", "river", "council", "school", "new", "the", "of", "a");
    private static final List<String> FURNITURE = List.of("", "   ", "\u00A0", " \u00A0 ", ".", "  .", "…", "Bình luận",
            "Tin khác", "Back To Top", "Phản hồi", "Các tin khác", "Xem nhiều nhất", "Liên kết website",
            "Lượt xem: 42", "In bài viết", "Share this", "Comments (3)", "Related articles");
    private static final List<String> FRAGMENTS = List.of("Thứ Sáu, ", "24/03/2023", "31/02/2023", "07:35", " - ",
            " [GMT+7]", "GMT+25", "Lượt xem: 12", "In bài viết", "Nguồn: ", "Nguồn ", "Theo ", "(", ")", "Ảnh: ",
            "Trong ảnh: ", "Từ khóa: ", "Tags: ", ", ", "; ", "Bài và ảnh: ", "By ", "Tin khác", "Sầm Phúc", "N.T.",
            "Hà Nội", "ngày 24 tháng 3 năm 2023", "March 3, 2021", "2023-03-24T07:35:00+07:00", "\n", "\n", "\r\n",
            "\r", " ", "\t", "\u00A0", ".", ":", "…", "\uFEFF", "\u200B", "\u0301", "Đ", "a", "A", "1", "(1/1/2020)",
            "Trang chủ > ", "#", "“", "”");

    private final RawTextParser parser = new RawTextParser(RawTextRules.defaults(), ZoneId.of("Asia/Ho_Chi_Minh"));

    @Property(tries = 400)
    void neverThrowsAndAlwaysExplains(@ForAll("anyText") String text) {
        ReadResult r = parser.parse("p.txt", text);
        if (r.hasArticle()) {
            assertThat(r.article().title()).isNotBlank();
            assertThat(r.article().body()).allSatisfy(b -> assertThat(b.text()).isNotBlank());
        } else {
            assertThat(r.diagnostics()).isNotEmpty();
        }
    }

    @Property(tries = 200)
    void everyOrdinaryParagraphSurvivesInOrder(@ForAll("articles") Article article) {
        ReadResult r = parser.parse("p.txt", article.text());
        assertThat(r.hasArticle()).isTrue();
        assertThat(r.article().title()).isEqualTo(TITLE);
        assertThat(r.article().body()).extracting(Block::text).containsExactlyElementsOf(article.paragraphs());
    }

    /** A generated file and the paragraphs that must come out of it. */
    record Article(String text, List<String> paragraphs) {}

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> pieces = Arbitraries.of(FRAGMENTS).list().ofMaxSize(120).map(l -> String.join("", l));
        Arbitrary<String> longLines = Combinators.combine(Arbitraries.of(FRAGMENTS), Arbitraries.integers().between(1, 20_000))
                .as((fragment, times) -> "Tiêu đề\n" + fragment.repeat(times));
        return Arbitraries.oneOf(unicode, pieces, longLines);
    }

    @Provide
    Arbitrary<Article> articles() {
        Arbitrary<String> sentence = Arbitraries.of(WORDS).list().ofMinSize(4).ofMaxSize(18)
                .map(words -> capitalise(String.join(" ", words)) + ".");
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(" ", s));
        Arbitrary<List<String>> furniture = Arbitraries.of(FURNITURE).list().ofMaxSize(3);
        Arbitrary<String> dateline = Arbitraries.of("", "07:35 - Thứ Sáu, 24/03/2023 Lượt xem: 5654 In bài viết",
                "13/03/2019", "Published 3 March 2021");
        Arbitrary<String> lineEnd = Arbitraries.of("\n", "\r\n");
        return Combinators.combine(paragraph.list().ofMinSize(1).ofMaxSize(12).uniqueElements(),
                furniture.list().ofSize(14), dateline, lineEnd).as((paragraphs, runs, date, end) -> {
                    List<String> lines = new ArrayList<>(runs.get(0));
                    lines.add(TITLE);
                    lines.add(date);
                    for (int i = 0; i < paragraphs.size(); i++) {
                        lines.addAll(runs.get(i + 1));
                        lines.add(paragraphs.get(i));
                    }
                    lines.addAll(runs.get(13));
                    return new Article(String.join(end, lines), paragraphs);
                });
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
