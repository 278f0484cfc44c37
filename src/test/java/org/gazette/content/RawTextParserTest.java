package org.gazette.content;

import org.gazette.diag.Diagnostic;
import org.gazette.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RawTextParserTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String TITLE = "Xã vùng cao khánh thành trường học mới";
    private static final String P1 = "Sáng nay, người dân xã Na Hối vui mừng đón nhận ngôi trường mới được xây dựng "
            + "bằng nguồn vốn xã hội hóa, với tám phòng học khang trang và một thư viện nhỏ cho học sinh.";
    private static final String P2 = "Ngôi trường được khởi công từ đầu năm, sau nhiều tháng thi công liên tục trong "
            + "điều kiện mưa lũ kéo dài, đến nay đã hoàn thành đúng tiến độ và bàn giao cho nhà trường.";
    private static final String P3 = "Chính quyền địa phương cam kết tiếp tục vận động nguồn lực để sửa chữa đường "
            + "đến trường, giúp các em học sinh đi lại an toàn hơn trong mùa mưa năm tới.";

    private final RawTextParser parser = new RawTextParser(RawTextRules.defaults(), HANOI);

    private ReadResult result(String... lines) {
        return parser.parse("tin/bai.txt", String.join("\n", lines));
    }

    private ParsedArticle parse(String... lines) {
        ReadResult r = result(lines);
        assertThat(r.hasArticle()).as("article of %s", r.diagnostics()).isTrue();
        return r.article();
    }

    private static List<String> texts(ParsedArticle a) {
        return a.body().stream().map(Block::text).toList();
    }

    private static List<Block.Kind> kinds(ParsedArticle a) {
        return a.body().stream().map(Block::kind).toList();
    }

    // --- title -------------------------------------------------------------------------------

    @Test
    void titleIsTheFirstLineAndTheRestIsBody() {
        ParsedArticle a = parse(TITLE, "", P1, "", P2);
        assertThat(a.title()).isEqualTo(TITLE);
        assertThat(texts(a)).containsExactly(P1, P2);
        assertThat(kinds(a)).containsOnly(Block.Kind.PARAGRAPH);
    }

    @Test
    void leadingBlankLinesAndIndentationAreIgnored() {
        ParsedArticle a = parse("", "   ", "\t  " + TITLE + "  ", "", "    " + P1);
        assertThat(a.title()).isEqualTo(TITLE);
        assertThat(texts(a)).containsExactly(P1);
    }

    @Test
    void consecutiveLinesAreSeparateParagraphs() {
        assertThat(texts(parse(TITLE, P1, P2, P3))).containsExactly(P1, P2, P3);
    }

    @Test
    void runsOfSpacesAreCollapsed() {
        ParsedArticle a = parse(TITLE, "Người   dân \t đón nhận  ngôi trường mới với niềm vui lớn, sau nhiều năm chờ đợi.");
        assertThat(texts(a)).containsExactly("Người dân đón nhận ngôi trường mới với niềm vui lớn, sau nhiều năm chờ đợi.");
    }

    @Test
    void otherFieldsAreEmpty() {
        ParsedArticle a = parse(TITLE, P1);
        assertThat(a.category()).isNull();
        assertThat(a.slug()).isNull();
        assertThat(a.summary()).isNull();
        assertThat(a.draft()).isFalse();
        assertThat(a.params()).isEmpty();
        assertThat(a.tags()).isEmpty();
        assertThat(a.published()).isNull();
        assertThat(a.author()).isNull();
        assertThat(a.source()).isNull();
    }

    @Test
    void undatedArticleHasNoDiagnostics() {
        assertThat(result(TITLE, P1, P2).diagnostics()).isEmpty();
    }

    // --- skipped files -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n\r\n", "\u00A0\n \u00A0 \n", "\uFEFF", ".\n  .\n…"})
    void emptyFilesAreSkippedWithAReason(String text) {
        ReadResult r = parser.parse("tin/rong.txt", text);
        assertThat(r.hasArticle()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("tin/rong.txt");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("empty file");
        });
    }

    @Test
    void aFileOfOnlyChromeIsSkipped() {
        ReadResult r = result("Phản hồi", "", "Các tin khác", "", "Xem nhiều nhất", "Back To Top");
        assertThat(r.hasArticle()).isFalse();
        assertThat(r.diagnostics()).singleElement()
                .extracting(Diagnostic::message).asString().contains("only site chrome, no article text");
    }

    @Test
    void aFileOfOnlyADatelineIsSkipped() {
        ReadResult r = result("", "13/03/2019", "Lượt xem: 15");
        assertThat(r.hasArticle()).isFalse();
        assertThat(r.diagnostics()).singleElement().extracting(Diagnostic::message).asString().contains("dateline");
    }

    // --- datelines ---------------------------------------------------------------------------

    @Test
    void datelineAfterTheTitleWithCountersIsRemoved() {
        ParsedArticle a = parse(TITLE, "", "09:05 - Thứ Hai, 20/03/2023 Lượt xem: 1.204 In bài viết", "", P1);
        assertThat(a.published().iso()).isEqualTo("2023-03-20T09:05:00+07:00");
        assertThat(texts(a)).containsExactly(P1);
    }

    @Test
    void datelineBeforeTheTitle() {
        ParsedArticle a = parse("Thứ Tư, 05/04/2023, 10:15 [GMT+7]", "", TITLE, "", P1);
        assertThat(a.title()).isEqualTo(TITLE);
        assertThat(a.published().iso()).isEqualTo("2023-04-05T10:15:00+07:00");
        assertThat(texts(a)).containsExactly(P1);
    }

    @Test
    void dateOnlyLineRightAfterTheTitleWithoutBlankLine() {
        ParsedArticle a = parse(TITLE, "", "02/11/2020", P1, P2);
        assertThat(a.published().iso()).isEqualTo("2020-11-02");
        assertThat(a.published().hasTime()).isFalse();
        assertThat(texts(a)).containsExactly(P1, P2);
    }

    @Test
    void datelineAfterAPlaceName() {
        ParsedArticle a = parse(TITLE, "Lào Cai, ngày 24 tháng 3 năm 2023", P1);
        assertThat(a.published().iso()).isEqualTo("2023-03-24");
        assertThat(texts(a)).containsExactly(P1);
    }

    @Test
    void aPlaceThenASentenceIsNotADateline() {
        String lead = "Lào Cai, ngày 24/3/2023 đoàn công tác đã kiểm tra tiến độ xây dựng trường học.";
        assertThat(parse(TITLE, lead, P1).published()).isNull();
    }

    @Test
    void datelineWithoutOffsetUsesTheParsersZone() {
        RawTextParser paris = new RawTextParser(RawTextRules.defaults(), ZoneId.of("Europe/Paris"));
        ParsedArticle a = paris.parse("a.txt", TITLE + "\n24/03/2023 07:35\n" + P1).article();
        assertThat(a.published().iso()).isEqualTo("2023-03-24T07:35:00+01:00");
    }

    @Test
    void explicitOffsetWinsOverTheParsersZone() {
        RawTextParser paris = new RawTextParser(RawTextRules.defaults(), ZoneId.of("Europe/Paris"));
        ParsedArticle a = paris.parse("a.txt", TITLE + "\n24/03/2023 07:35 GMT+7\n" + P1).article();
        assertThat(a.published().iso()).isEqualTo("2023-03-24T07:35:00+07:00");
    }

    @Test
    void aDateInARunningSentenceIsNotTheDateline() {
        String lead = "Ngày 12/5/2021, tại Lào Cai, đoàn công tác đã kiểm tra tiến độ xây dựng trường học.";
        ParsedArticle a = parse(TITLE, "", lead, "", P1);
        assertThat(a.published()).isNull();
        assertThat(texts(a)).containsExactly(lead, P1);
    }

    @Test
    void aDateWithoutYearLeavesTheArticleUndated() {
        String lead = "Ngày 15/9, xã tổ chức lễ khánh thành với sự tham dự của đông đảo phụ huynh và học sinh.";
        ParsedArticle a = parse(TITLE, lead, P1);
        assertThat(a.published()).isNull();
        assertThat(texts(a)).containsExactly(lead, P1);
    }

    @Test
    void aDateLineDeepInTheBodyIsLeftAlone() {
        ParsedArticle a = parse(TITLE, P1, P2, P3, "25/12/2022", P1.replace("Sáng nay", "Chiều nay"));
        assertThat(a.published()).isNull();
        assertThat(texts(a)).contains("25/12/2022");
    }

    @Test
    void aWeekdayThatDisagreesIsReportedAndTheDateKept() {
        ReadResult r = result(TITLE, "", "Thứ Hai, 24/03/2023", "", P1);
        assertThat(r.article().published().iso()).isEqualTo("2023-03-24");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(d.message()).contains("Monday").contains("Friday").contains("kept");
        });
    }

    @Test
    void englishDatelineAndByline() {
        ParsedArticle a = parse("River festival draws record crowds", "By Jane Doe", "Published 3 March 2021",
                "", "Thousands of visitors lined the river banks on Saturday to watch the boat parade.", "",
                "Organisers said next year's festival would run for three days instead of two.");
        assertThat(a.title()).isEqualTo("River festival draws record crowds");
        assertThat(a.author()).isEqualTo("Jane Doe");
        assertThat(a.published().iso()).isEqualTo("2021-03-03");
        assertThat(texts(a)).hasSize(2);
    }

    // --- bylines -----------------------------------------------------------------------------

    @Test
    void closingNameLineIsTheAuthor() {
        ParsedArticle a = parse(TITLE, P1, P2, "", "Lò Văn Tuấn", "Bình luận", "", "Tin khác", "", "Back To Top");
        assertThat(a.author()).isEqualTo("Lò Văn Tuấn");
        assertThat(texts(a)).containsExactly(P1, P2);
    }

    @Test
    void chromeThatLooksLikeANameIsNotTheAuthor() {
        ParsedArticle a = parse(TITLE, P1, "Tin Khác", "Back To Top");
        assertThat(a.author()).isNull();
        assertThat(texts(a)).containsExactly(P1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bài và ảnh: Hoàng Anh", "Bài, ảnh: Hoàng Anh", "Thực hiện: Hoàng Anh", "Hoàng Anh"})
    void labelledBylines(String line) {
        assertThat(parse(TITLE, P1, line).author()).isEqualTo("Hoàng Anh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"N.T.Thành", "Minh Hiếu - Thanh Hà", "By Jane Doe", "PGS.TS Lê Văn Bình"})
    void namesOfSeveralShapes(String line) {
        assertThat(parse(TITLE, P1, line).author()).isEqualTo(line.startsWith("By ") ? line.substring(3) : line);
    }

    @Test
    void aPhotoCreditIsNeverTheAuthor() {
        ParsedArticle a = parse(TITLE, P1, "Học sinh trong giờ ra chơi. Ảnh: C.T.V");
        assertThat(a.author()).isNull();
        assertThat(a.body()).last().satisfies(b -> assertThat(b.isCaption()).isTrue());
    }

    @Test
    void aPlaceOrACapitalisedHeadingIsNotTheAuthor() {
        assertThat(parse(TITLE, P1, "Hà Nội").author()).isNull();
        assertThat(parse(TITLE, P1, "BAN BIÊN TẬP").author()).isNull();
    }

    @Test
    void nameWithTheoInParenthesesGivesAuthorAndSource() {
        ParsedArticle a = parse(TITLE, P1, "Việt Phong (theo Reuters)");
        assertThat(a.author()).isEqualTo("Việt Phong");
        assertThat(a.source()).isEqualTo("Reuters");
    }

    @Test
    void authorAndSourceTogetherAtTheEnd() {
        ParsedArticle a = parse(TITLE, P1, P2, "Minh Hiếu", "Theo TTXVN", "Chia sẻ");
        assertThat(a.author()).isEqualTo("Minh Hiếu");
        assertThat(a.source()).isEqualTo("TTXVN");
        assertThat(texts(a)).containsExactly(P1, P2);
    }

    // --- sources -----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Nguồn: Báo Lào Cai", "Nguồn Báo Lào Cai", "Theo Báo Lào Cai", "(Theo Báo Lào Cai)",
        "(Theo Báo Lào Cai).", "nguồn: Báo Lào Cai", "Source: Báo Lào Cai"})
    void sourceLines(String line) {
        ParsedArticle a = parse(TITLE, P1, "", line, "", "Phản hồi");
        assertThat(a.source()).isEqualTo("Báo Lào Cai");
        assertThat(texts(a)).containsExactly(P1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Theo ông, làm cách nào để giữ chân giáo viên trẻ?",
        "Theo AP, chỉ có ba quốc gia phản đối.", "Theo đó, xã sẽ hỗ trợ thêm kinh phí.",
        "Theo kế hoạch năm nay huyện sẽ xây thêm hai trường học mới ở các xã vùng sâu vùng xa."})
    void sentencesStartingWithTheoAreNotSources(String line) {
        ParsedArticle a = parse(TITLE, P1, line);
        assertThat(a.source()).isNull();
        assertThat(texts(a)).containsExactly(P1, line);
    }

    // --- chrome and tail ---------------------------------------------------------------------

    @Test
    void trailingChromeIsTrimmedWhateverItsSpelling() {
        ParsedArticle a = parse(TITLE, P1, "", "PHẢN HỒI", "Thong tin nguoi gui phan hoi", "Các tin khác:",
                "Xem nhiều nhất", "Liên kết website", "Tìm kiếm", "Tin tức - Sự kiện", "Mới nhất");
        assertThat(texts(a)).containsExactly(P1);
    }

    @Test
    void englishChromeIsTrimmed() {
        ParsedArticle a = parse("Council approves new bridge", "The council approved the new bridge on Monday evening.",
                "Related articles", "Most read", "Share this", "Comments (3)");
        assertThat(texts(a)).containsExactly("The council approved the new bridge on Monday evening.");
    }

    @Test
    void breadcrumbsAreChrome() {
        ParsedArticle a = parse("Trang chủ > Tin tức > Giáo dục", TITLE, P1);
        assertThat(a.title()).isEqualTo(TITLE);
        assertThat(texts(a)).containsExactly(P1);
    }

    @Test
    void relatedArticleLinksAreTrimmed() {
        ParsedArticle a = parse(TITLE, P1, P2, "Huyện khởi công cầu treo mới(12/01/2023)",
                "Trường bán trú đón học sinh trở lại(05/02/2023)");
        assertThat(texts(a)).containsExactly(P1, P2);
    }

    @Test
    void unknownShortLinesUnderTheBylineAreFurniture() {
        ParsedArticle a = parse(TITLE, P1, "Hoàng Anh", "Gửi bài viết", "Lên trang trước");
        assertThat(a.author()).isEqualTo("Hoàng Anh");
        assertThat(texts(a)).containsExactly(P1);
    }

    @Test
    void unknownShortLinesWithoutABylineStay() {
        ParsedArticle a = parse(TITLE, P1, "Gửi bài viết");
        assertThat(texts(a)).containsExactly(P1, "Gửi bài viết");
    }

    @Test
    void siteAdditionsToTheChromeListAreRemoved() {
        RawTextRules site = RawTextRules.defaults().withAdditions(Map.of("chrome", List.of("Gửi bài viết")));
        ParsedArticle a = new RawTextParser(site, HANOI).parse("a.txt", String.join("\n", TITLE, P1, "Gửi bài viết"))
                .article();
        assertThat(texts(a)).containsExactly(P1);
    }

    @Test
    void lonePunctuationAndWhitespaceLinesAreDropped() {
        ParsedArticle a = parse(TITLE, "  .", P1, "\u00A0", "***", "  ", "—", P2, ".");
        assertThat(texts(a)).containsExactly(P1, P2);
    }

    @Test
    void noiseOnlyLinesAreDropped() {
        ParsedArticle a = parse(TITLE, "Lượt xem: 320", P1, "In bài viết");
        assertThat(texts(a)).containsExactly(P1);
    }

    // --- keywords ----------------------------------------------------------------------------

    @Test
    void keywordLinesBecomeTags() {
        ParsedArticle a = parse(TITLE, P1, "Từ khóa: giáo dục, vùng cao , Lào Cai", "Tags: Lào Cai; trường học",
                "Bình luận");
        assertThat(a.tags()).containsExactly("giáo dục", "vùng cao", "Lào Cai", "trường học");
        assertThat(texts(a)).containsExactly(P1);
    }

    @Test
    void keywordsLineWithAuthorBelowIt() {
        ParsedArticle a = parse("Bridge opens", "The new bridge opened to traffic this morning after two years of work.",
                "Keywords: bridge, transport", "Jane Doe");
        assertThat(a.tags()).containsExactly("bridge", "transport");
        assertThat(a.author()).isEqualTo("Jane Doe");
    }

    // --- captions ----------------------------------------------------------------------------

    @Test
    void linesWithPhotoMarkersAreCaptions() {
        String credit = "Các em học sinh trong ngày khai giảng. Trong ảnh: cô giáo chủ nhiệm phát quà. Ảnh: Thu Hà";
        ParsedArticle a = parse(TITLE, P1, credit, P2, "Ảnh minh họa", P3);
        assertThat(kinds(a)).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.CAPTION, Block.Kind.PARAGRAPH,
                Block.Kind.CAPTION, Block.Kind.PARAGRAPH);
        assertThat(a.body().get(1).text()).isEqualTo(credit);
    }

    @Test
    void aCaptionRepeatedWithAndWithoutItsPeriodIsKeptOnce() {
        ParsedArticle a = parse(TITLE, P1, "", "  Lãnh đạo huyện cắt băng khánh thành.",
                "  Lãnh đạo huyện cắt băng khánh thành", "", P2);
        assertThat(texts(a)).containsExactly(P1, "Lãnh đạo huyện cắt băng khánh thành.", P2);
        assertThat(a.body().get(1).isCaption()).isTrue();
    }

    @Test
    void anUnpunctuatedLineUnderTheTitleIsTheLeadPhotosCaption() {
        ParsedArticle a = parse(TITLE, "Phó Chủ tịch huyện trao quà cho học sinh nghèo vượt khó năm học 2022", "", P1);
        assertThat(a.body().get(0).isCaption()).isTrue();
        assertThat(a.body().get(1).isCaption()).isFalse();
    }

    @Test
    void aShortDescriptiveLineBetweenParagraphsIsACaption() {
        ParsedArticle a = parse(TITLE, P1, "Thầy trò trong lớp học mới.", P2);
        assertThat(kinds(a)).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.CAPTION, Block.Kind.PARAGRAPH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cụ thể như sau:", "Ông nói: “Chúng tôi rất vui.”", "Vì sao lại như vậy?",
        "Ông Tuấn cho biết trường sẽ mở thêm lớp.", "Năm ngoái xã mới có một trường. Năm nay đã có hai.",
        "- thêm hai phòng học"})
    void shortBodyLinesStayParagraphs(String line) {
        ParsedArticle a = parse(TITLE, P1, line, P2);
        assertThat(kinds(a)).containsOnly(Block.Kind.PARAGRAPH);
        assertThat(texts(a)).containsExactly(P1, line, P2);
    }

    @Test
    void aShortParagraphBetweenShortParagraphsStaysAParagraph() {
        ParsedArticle a = parse(TITLE, "Học sinh rất vui.", "Thầy cô cũng rất vui.", "Phụ huynh yên tâm hơn.");
        assertThat(kinds(a)).containsOnly(Block.Kind.PARAGRAPH);
    }

    // --- text encodings and line ends --------------------------------------------------------

    @Test
    void crlfAndBomAreHandled() {
        ParsedArticle a = parser.parse("a.txt", "\uFEFF" + TITLE + "\r\n\r\n13/03/2019\r\n" + P1 + "\r\n").article();
        assertThat(a.title()).isEqualTo(TITLE);
        assertThat(a.published().iso()).isEqualTo("2019-03-13");
        assertThat(texts(a)).containsExactly(P1);
    }

    @Test
    void oldMacLineEndsAreLineEnds() {
        assertThat(texts(parser.parse("a.txt", TITLE + "\r" + P1 + "\r" + P2).article())).containsExactly(P1, P2);
    }

    @Test
    void decomposedTextComesOutComposed() {
        String nfd = Normalizer.normalize(TITLE + "\n" + P1, Normalizer.Form.NFD);
        ParsedArticle a = parser.parse("a.txt", nfd).article();
        assertThat(a.title()).isEqualTo(TITLE);
        assertThat(texts(a)).containsExactly(P1);
    }

    @Test
    void noBreakSpacesInsideTextBecomeSpaces() {
        ParsedArticle a = parse(TITLE, "Ngôi\u00A0trường mới có tám phòng học.\u00A0");
        assertThat(texts(a)).containsExactly("Ngôi trường mới có tám phòng học.");
    }

    @Test
    void diagnosticsNameTheFileAndLine() {
        String longFirstLine = P1 + " " + P2 + " " + P3;
        ReadResult r = result(longFirstLine, P2);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("tin/bai.txt");
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).contains("title");
        });
    }

    // --- robustness --------------------------------------------------------------------------

    @Test
    void isSafeToShareBetweenThreads() {
        String text = String.join("\n", TITLE, "07:35 - Thứ Sáu, 24/03/2023", P1, "Thầy trò trong lớp học mới.", P2,
                "Hoàng Anh", "Tin khác");
        ParsedArticle expected = parser.parse("a.txt", text).article();
        List<ParsedArticle> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> parser.parse("a.txt", text).article()).toList();
        assertThat(results).allSatisfy(a -> assertThat(a).isEqualTo(expected));
    }

    @Test
    void finishesATenMegabyteFile() {
        StringBuilder text = new StringBuilder(TITLE).append("\n24/03/2023\n");
        while (text.length() < 10_000_000) text.append(P1).append('\n').append(P2).append("\r\n\r\n");
        ParsedArticle a = parser.parse("big.txt", text.toString()).article();
        assertThat(a.body()).hasSizeGreaterThan(50_000);
    }

    @Test
    void finishesATenMegabyteLine() {
        String line = "(Theo ".repeat(1_000_000) + "Ảnh: " + "1/1/".repeat(1_000_000);
        ParsedArticle a = parser.parse("big.txt", TITLE + "\n" + line).article();
        assertThat(a.body()).singleElement().extracting(Block::text).isEqualTo(line.strip());
    }
}
