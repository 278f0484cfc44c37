package org.gazette.content;

import org.gazette.config.SiteConfig;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saved pages under {@code src/test/resources/org/gazette/content/html/}, one per layout, each
 * written for these tests, and small pages for single rules.
 */
class HtmlReaderTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private final HtmlReader reader = new HtmlReader(RawTextRules.defaults(), HANOI);

    static byte[] fixture(String name) {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream("html/" + name)) {
            if (in == null) throw new IllegalStateException("missing fixture html/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedArticle read(String html) {
        ReadResult r = reader.read("tin/trang.html", html);
        assertThat(r.hasArticle()).as("article read; diagnostics %s", r.diagnostics()).isTrue();
        return r.article();
    }

    private ReadResult readFixture(String name) {
        return reader.read("tin/" + name, new String(fixture(name), StandardCharsets.UTF_8));
    }

    private static String bodyText(ParsedArticle a) {
        return a.body().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    private static List<String> captions(ParsedArticle a) {
        return a.body().stream().filter(Block::isCaption).map(Block::text).toList();
    }

    @Nested
    class Layouts {
        @Test
        void modernNewsPageWithOpenGraphJsonLdAndFurniture() {
            ReadResult r = readFixture("modern-news.html");
            assertThat(r.diagnostics()).isEmpty();
            ParsedArticle a = r.article();
            assertThat(a.title()).isEqualTo("Xã Tân Lập đưa trạm cấp nước sạch mới vào vận hành");
            assertThat(a.published().iso()).isEqualTo("2024-05-14T08:30:00+07:00");
            assertThat(a.author()).isEqualTo("Trần Thu Hà");
            assertThat(a.source()).isEqualTo("Báo Ven Sông");
            assertThat(a.category()).isNull();
            assertThat(a.params()).isEqualTo(Map.of("section", "Xã hội"));
            assertThat(a.tags()).containsExactly("nước sạch", "Tân Lập");
            assertThat(a.body().get(0).text()).startsWith("Sau gần một năm thi công");
            assertThat(a.body().get(a.body().size() - 1).text()).startsWith("Đại diện huyện cho biết");
            assertThat(captions(a)).containsExactly("Bể lọc của trạm cấp nước mới tại thôn Đồng Chằm. Ảnh: Thu Hà");
            assertThat(a.body()).anySatisfy(b -> {
                assertThat(b.text()).isEqualTo("Giá nước giữ ở mức cũ");
                assertThat(b.kind()).isEqualTo(Block.Kind.PARAGRAPH);
            });
            assertThat(bodyText(a)).doesNotContain("cookie", "Thời sự", "Chia sẻ", "Zalo", "Quảng cáo",
                    "Vay tiêu dùng", "Tin liên quan", "Nà Hẩu", "Bình luận", "Mong trạm", "Hoàng Thị Lan",
                    "Đọc nhiều nhất", "Giá lúa", "Giấy phép", "Từ khóa", "14/05/2024", "Trang chủ");
            assertThat(a.body()).noneMatch(b -> b.text().equals("Thu Hà"));
        }

        @Test
        void wordpressBlogPost() {
            ReadResult r = readFixture("wordpress-blog.html");
            assertThat(r.diagnostics()).isEmpty();
            ParsedArticle a = r.article();
            assertThat(a.title()).isEqualTo("Notes from the floating market at dawn");
            assertThat(a.published().iso()).isEqualTo("2023-11-04T05:40:12+07:00");
            assertThat(a.author()).isEqualTo("Mai Linh Tran");
            assertThat(a.source()).isNull();
            assertThat(a.tags()).isEmpty();
            assertThat(a.params()).isEmpty();
            assertThat(a.body()).hasSize(7);
            assertThat(a.body().get(0).text()).startsWith("The boats start arriving");
            assertThat(a.body().get(6).text()).startsWith("If you go, take small notes");
            assertThat(captions(a)).containsExactly("Bamboo poles show what each boat is selling");
            assertThat(bodyText(a)).contains("The market is smaller than when I was young")
                    .doesNotContain("Skip to content", "Small stories", "Menu", "Posted", "November", "Tagged",
                            "Previous:", "Lovely write-up", "Leave a Reply", "Recent Posts", "Archives",
                            "Search for", "WordPress");
        }

        @Test
        void tableBasedGovernmentPortal() {
            ReadResult r = readFixture("gov-portal-table.html");
            assertThat(r.diagnostics()).isEmpty();
            ParsedArticle a = r.article();
            assertThat(a.title()).isEqualTo("Huyện tổ chức tập huấn phòng chống cháy rừng năm 2018");
            assertThat(a.published().iso()).isEqualTo("2018-11-26T13:49:17+07:00");
            assertThat(a.author()).isEqualTo("Quàng Văn Thiết");
            assertThat(a.source()).isEqualTo("Hạt Kiểm lâm huyện Mường Khoa");
            assertThat(a.params()).isEqualTo(Map.of("section", "Tin tức"));
            assertThat(a.body().get(0).text()).startsWith("Trong hai ngày 22 và 23/11");
            assertThat(a.body().get(a.body().size() - 1).text()).startsWith("Kết thúc lớp tập huấn");
            assertThat(captions(a)).containsExactly("Học viên thực hành dập lửa bằng máy thổi gió");
            assertThat(bodyText(a)).doesNotContain("Trang chủ", "Giới thiệu", "DANH MỤC", "Chọn Link",
                    "Thời gian đăng", "Lượt xem", "cỡ chữ", "In bài", "Quay lại", "Back To Top", "Các tin khác",
                    "dân vận", "THÔNG BÁO", "Video Clip", "Toàn cảnh", "truy cập", "Bản quyền", "Quàng Văn Thiết",
                    "Nguồn:");
        }

        @Test
        void englishWireStoryWithBylineAndAgencyLead() {
            ReadResult r = readFixture("wire-story.html");
            assertThat(r.diagnostics()).isEmpty();
            ParsedArticle a = r.article();
            assertThat(a.title()).isEqualTo("Vietnam coffee exporters race to meet EU deforestation rules");
            // <time datetime="2024-02-09T14:20:00Z">: the instant, on the site's clock
            assertThat(a.published().iso()).isEqualTo("2024-02-09T21:20:00+07:00");
            assertThat(a.author()).isEqualTo("Jane Doe");
            assertThat(a.source()).isEqualTo("Reuters");
            assertThat(a.tags()).containsExactly("coffee", "Vietnam", "exports", "EU");
            assertThat(a.body()).hasSize(5);
            assertThat(a.body().get(0).text()).startsWith("HANOI (Reuters) - Vietnamese coffee exporters");
            assertThat(a.body().get(4).text()).startsWith("The European Union is the largest buyer");
            assertThat(bodyText(a)).doesNotContain("Subscribe", "Sign in", "Business", "By Jane Doe", "February 9",
                    "Related Coverage", "Robusta prices", "what exporters need to know", "Most Read", "Storm",
                    "quotes delayed", "©");
        }

        @Test
        void pageWithoutAnyMetadata() {
            ReadResult r = readFixture("no-metadata.html");
            assertThat(r.diagnostics()).extracting(Diagnostic::severity, Diagnostic::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Severity.WARNING,
                            "no title in the markup (og:title, <h1>, <title>); the first line of text is the title"));
            ParsedArticle a = r.article();
            assertThat(a.title()).isEqualTo("Chợ phiên vùng cao đông vui trở lại sau mùa mưa");
            assertThat(a.published().iso()).isEqualTo("2019-10-12");
            assertThat(a.author()).isEqualTo("Minh Châu");
            assertThat(a.source()).isNull();
            assertThat(a.params()).isEmpty();
            assertThat(a.body()).extracting(Block::kind).containsOnly(Block.Kind.PARAGRAPH).hasSize(4);
            assertThat(a.body().get(0).text()).startsWith("Sau gần ba tháng vắng vẻ");
            assertThat(a.body().get(3).text()).startsWith("Chính quyền xã đã bố trí");
            assertThat(bodyText(a)).doesNotContain("Trang chủ", "Liên hệ", "Thứ Bảy", "Bản quyền");
        }

        @Test
        void hostileMarkupLeavesOnlyText() {
            ReadResult r = readFixture("hostile.html");
            assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                    "a JSON-LD block is not valid JSON and was ignored",
                    "unparseable date 'javascript:alert('date')' in <meta article:published_time>; ignored");
            ParsedArticle a = r.article();
            assertThat(a.title()).isEqualTo("Tin có mã độc");
            assertThat(a.published()).isNull();
            assertThat(a.body()).extracting(Block::kind).containsOnly(Block.Kind.PARAGRAPH).hasSize(3);
            assertThat(a.body().get(0).text()).isEqualTo("Đoạn văn đầu tiên có một liên kết giả và một ảnh hỏng, "
                    + "nhưng chữ trong đoạn vẫn phải được giữ lại nguyên vẹn.");
            // Text that spells out markup is text: templates escape it like any other.
            assertThat(a.body().get(1).text()).contains("<script>alert('text')</script>");
            assertThat(bodyText(a).replace("<script>alert('text')</script>", ""))
                    .doesNotContain("alert", "javascript", "onerror", "<", "script chèn", "JavaScript", "Khung nhúng",
                            "Nội dung nhúng", "SVG", "mật khẩu", "Đăng nhập", "bị ẩn", "template");
        }

        @Test
        void legacyWindows1258PageThroughTheArticleReader() {
            ArticleReader articles = new ArticleReader(SiteConfig.defaults());
            SourceFile file = new SourceFile(Path.of("content"), "tin/le-hoi.htm", 0);
            assertThat(ArticleReader.kindOf(file)).isEqualTo(ArticleReader.FileKind.HTML);
            ReadResult r = articles.read(file, fixture("legacy-windows-1258.htm"));
            assertThat(r.diagnostics()).isEmpty();
            ParsedArticle a = r.article();
            assertThat(a.title()).isEqualTo("Lễ hội đua thuyền trên sông Lam năm 2003")
                    .isEqualTo(Normalizer.normalize(a.title(), Normalizer.Form.NFC));
            assertThat(a.published().iso()).isEqualTo("2003-09-02");
            assertThat(a.author()).isEqualTo("Đức Thành");
            assertThat(a.body()).hasSize(3);
            assertThat(a.body().get(0).text()).startsWith("Sáng ngày 2 tháng 9, hàng nghìn người dân");
            assertThat(bodyText(a)).isEqualTo(Normalizer.normalize(bodyText(a), Normalizer.Form.NFC))
                    .doesNotContain("Trang chủ", "Cập nhật");
        }
    }

    @Nested
    class Dispatch {
        @Test
        void htmlAndHtmFilesAreArticles() {
            ArticleReader articles = new ArticleReader(SiteConfig.defaults());
            for (String name : List.of("tin/a.html", "tin/b.HTM")) {
                SourceFile file = new SourceFile(Path.of(""), name, 0);
                assertThat(ArticleReader.kindOf(file)).as(name).isEqualTo(ArticleReader.FileKind.HTML);
                ReadResult r = articles.read(file, fixture("wire-story.html"));
                assertThat(r.article().title()).startsWith("Vietnam coffee exporters");
            }
        }

        @Test
        void otherFilesAreStillNotArticles() {
            ArticleReader articles = new ArticleReader(SiteConfig.defaults());
            SourceFile file = new SourceFile(Path.of(""), "tin/x.xml", 0);
            assertThat(articles.read(file, new byte[0]).diagnostics()).extracting(Diagnostic::message)
                    .containsExactly("not an article (.xml); articles are .txt, .md or .html files");
        }
    }
    /** Paragraphs long enough to score as article text. */
    private static final String P1 = "<p>Hội đồng nhân dân thành phố đã thông qua kế hoạch cải tạo hệ thống thoát nước ở "
            + "các phường trung tâm, với tổng vốn dự kiến khoảng 300 tỷ đồng trong ba năm tới.</p>";
    private static final String P2 = "<p>Theo kế hoạch, các tuyến cống cũ sẽ được thay thế dần, ưu tiên những tuyến "
            + "thường xuyên ngập khi mưa lớn, và người dân sẽ được thông báo trước khi thi công.</p>";
    private static final String P3 = "<p>Đại diện sở xây dựng cho biết việc thi công sẽ chia thành nhiều đợt ngắn, "
            + "tránh đào cùng lúc nhiều tuyến phố, để hạn chế ảnh hưởng đến việc đi lại.</p>";

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Nested
    class Titles {
        @Test
        void aSiteSuffixGoesWhenTheH1ConfirmsIt() {
            ParsedArticle a = read(page("<meta property='og:title' content='Cải tạo hệ thống thoát nước | Tin Phố'>",
                    "<article><h1>Cải tạo hệ thống thoát nước</h1>" + P1 + P2 + "</article>"));
            assertThat(a.title()).isEqualTo("Cải tạo hệ thống thoát nước");
            assertThat(bodyText(a)).doesNotContain("Cải tạo hệ thống thoát nước\n");
            assertThat(a.body()).hasSize(2);
        }

        @Test
        void aSiteSuffixGoesWhenItIsTheDeclaredSiteName() {
            ParsedArticle a = read(page("<meta property='og:title' content='Cải tạo hệ thống thoát nước - Tin Phố'>"
                    + "<meta property='og:site_name' content='Tin Phố'>", "<div>" + P1 + P2 + "</div>"));
            assertThat(a.title()).isEqualTo("Cải tạo hệ thống thoát nước");
            assertThat(a.source()).isEqualTo("Tin Phố");
        }

        @Test
        void anUnconfirmedSuffixStays() {
            ParsedArticle a = read(page("<meta property='og:title' content='Thoát nước: bài học từ mùa mưa năm ngoái'>",
                    "<div>" + P1 + P2 + "</div>"));
            assertThat(a.title()).isEqualTo("Thoát nước: bài học từ mùa mưa năm ngoái");
        }

        @Test
        void aPageTitleWithTheSiteFirstIsConfirmedByALineOfText() {
            ParsedArticle a = read(page("<title>Tin Phố - Cải tạo hệ thống thoát nước</title>",
                    "<div><div><b>Cải tạo hệ thống thoát nước</b></div>" + P1 + P2 + P3 + "</div>"));
            assertThat(a.title()).isEqualTo("Cải tạo hệ thống thoát nước");
            assertThat(a.body()).hasSize(3);
        }

        @Test
        void aPageTitleThatNoLineConfirmsIsTakenWhole() {
            ParsedArticle a = read(page("<title>Cải tạo hệ thống thoát nước</title>", "<div>" + P1 + P2 + "</div>"));
            assertThat(a.title()).isEqualTo("Cải tạo hệ thống thoát nước");
            assertThat(a.body()).hasSize(2);
        }
    }

    @Nested
    class StructuredData {
        @Test
        void jsonLdAsATopLevelArrayWithListsOfValues() {
            ParsedArticle a = read(page("<script type='application/ld+json'>[{\"@type\": \"WebSite\", \"name\": \"Tin Phố\"},"
                    + "{\"@type\": [\"Article\"], \"headline\": \"Cải tạo thoát nước\", \"datePublished\": \"2022-04-19\","
                    + "\"author\": [\"Lê Minh Anh\", {\"@type\": \"Person\", \"name\": \"Đỗ Hải\"}, "
                    + "{\"@type\": \"Organization\", \"name\": \"Tin Phố\"}],"
                    + "\"articleSection\": [\"Đô thị\", \"Xã hội\"], \"keywords\": \"thoát nước, ngập, Thoát nước\"}]</script>",
                    "<div>" + P1 + P2 + "</div>"));
            assertThat(a.title()).isEqualTo("Cải tạo thoát nước");
            assertThat(a.published().iso()).isEqualTo("2022-04-19");
            assertThat(a.author()).isEqualTo("Lê Minh Anh, Đỗ Hải");
            assertThat(a.params()).isEqualTo(Map.of("section", "Đô thị"));
            assertThat(a.tags()).containsExactly("thoát nước", "ngập");
        }

        @Test
        void jsonLdGraphWithABreadcrumbListForTheSection() {
            ParsedArticle a = read(page("<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\","
                    + "\"@graph\": [{\"@type\": \"BlogPosting\", \"headline\": \"Cải tạo thoát nước\","
                    + "\"datePublished\": \"2022-04-19T16:27:00Z\", \"publisher\": {\"name\": \"Tin Phố\"}},"
                    + "{\"@type\": \"BreadcrumbList\", \"itemListElement\": ["
                    + "{\"position\": 3, \"name\": \"Cải tạo thoát nước\"}, {\"position\": 1, \"name\": \"Trang chủ\"},"
                    + "{\"position\": 2, \"item\": {\"name\": \"Đô thị\"}}]}]}</script>",
                    "<div>" + P1 + P2 + "</div>"));
            assertThat(a.published().iso()).isEqualTo("2022-04-19T23:27:00+07:00");
            assertThat(a.source()).isEqualTo("Tin Phố");
            assertThat(a.params()).isEqualTo(Map.of("section", "Đô thị"));
        }

        @Test
        void anArticleAsTheMainEntityOfAWebPage() {
            ParsedArticle a = read(page("<script type='application/ld+json'>{\"@type\": \"WebPage\", \"mainEntity\": "
                    + "{\"@type\": \"NewsArticle\", \"headline\": \"Cải tạo thoát nước\", \"datePublished\": \"2022-04-19\","
                    + "\"author\": {\"name\": \"Lê Minh Anh\"}}}</script>", "<div>" + P1 + P2 + "</div>"));
            assertThat(a.title()).isEqualTo("Cải tạo thoát nước");
            assertThat(a.published().iso()).isEqualTo("2022-04-19");
            assertThat(a.author()).isEqualTo("Lê Minh Anh");
        }

        @Test
        void aBreadcrumbElementGivesTheSection() {
            ParsedArticle a = read(page("",
                    "<div class='breadcrumbs'><a href='/'>Home</a> › <a href='/city'>City</a> › <span>Drains</span></div>"
                            + "<article><h1>Drains</h1>" + P1 + P2 + "</article>"));
            assertThat(a.params()).isEqualTo(Map.of("section", "City"));
            assertThat(bodyText(a)).doesNotContain("Home");
        }

        @Test
        void thePublishedTimeElementWinsOverTheUpdatedOne() {
            ParsedArticle a = read(page("", "<article><h1>Cải tạo thoát nước</h1>"
                    + "<p><time class='updated' datetime='2022-05-01T08:00:00+07:00'>1/5</time> "
                    + "<time pubdate datetime='2022-04-19T16:27:00+07:00'>19/4</time></p>" + P1 + P2 + "</article>"));
            assertThat(a.published().iso()).isEqualTo("2022-04-19T16:27:00+07:00");
        }

        @Test
        void aDatelineElementDatesThePageAndLeavesTheBody() {
            ParsedArticle a = read(page("", "<article><h1>Cải tạo thoát nước</h1>"
                    + "<div class='article-dateline'>Thứ Sáu, 24/03/2023 - 07:35 (GMT+7)</div>" + P1 + P2 + "</article>"));
            assertThat(a.published().iso()).isEqualTo("2023-03-24T07:35:00+07:00");
            assertThat(a.body()).hasSize(2);
        }

        @Test
        void anUnparseableDateIsReportedAndTheNextClaimUsed() {
            ReadResult r = reader.read("tin/trang.html", page(
                    "<meta property='article:published_time' content='hôm qua'>"
                            + "<meta itemprop='datePublished' content='2022-04-19'><title>Thoát nước</title>", "<div>" + P1 + P2 + "</div>"));
            assertThat(r.article().published().iso()).isEqualTo("2022-04-19");
            assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                    "tin/trang.html: warning: unparseable date 'hôm qua' in <meta article:published_time>; ignored");
        }

        @Test
        void aDatelineInTheTextDatesAPageWithoutMetadataAndNeverStaysInTheBody() {
            String body = "<article><h1>Cải tạo thoát nước</h1><p>Thứ Ba, 19/04/2022, 16:27 (GMT+7)</p>" + P1 + P2 + "</article>";
            assertThat(read(page("", body)).published().iso()).isEqualTo("2022-04-19T16:27:00+07:00");
            ParsedArticle dated = read(page("<meta property='article:published_time' content='2022-04-20'>", body));
            assertThat(dated.published().iso()).isEqualTo("2022-04-20");
            assertThat(bodyText(dated)).doesNotContain("19/04/2022");
        }
    }

    @Nested
    class Bylines {
        @Test
        void theTextsBylineWinsOverTheSitesMetaAuthor() {
            ParsedArticle a = read(page("<meta name='author' content='Tin Phố'>"
                    + "<meta property='article:author' content='https://facebook.com/tinpho'><title>Thoát nước</title>",
                    "<div>" + P1 + P2 + "<p>Lê Minh Anh</p><p>Nguồn: Sở Xây dựng</p></div>"));
            assertThat(a.author()).isEqualTo("Lê Minh Anh");
            assertThat(a.source()).isEqualTo("Sở Xây dựng");
            assertThat(a.body()).hasSize(2);
        }

        @Test
        void theMetaAuthorIsTheLastResort() {
            ParsedArticle a = read(page("<meta name='author' content='Tin Phố'><title>Thoát nước</title>",
                    "<div>" + P1 + P2 + "</div>"));
            assertThat(a.author()).isEqualTo("Tin Phố");
        }

        @Test
        void theKnownAuthorsNameUnderTheHeadlineLeavesTheBody() {
            ParsedArticle a = read(page("<meta property='article:author' content='Lê Minh Anh'>",
                    "<article><h1>Cải tạo thoát nước</h1><div>Lê Minh Anh</div>" + P1 + P2 + "</article>"));
            assertThat(a.author()).isEqualTo("Lê Minh Anh");
            assertThat(a.body()).hasSize(2);
        }

        @Test
        void aLabelledBylineUnderTheHeadlineIsTheAuthor() {
            ParsedArticle a = read(page("", "<article><h1>Cải tạo thoát nước</h1><p>Bài và ảnh: Đỗ Hải</p>" + P1 + P2
                    + "</article>"));
            assertThat(a.author()).isEqualTo("Đỗ Hải");
            assertThat(bodyText(a)).doesNotContain("Đỗ Hải");
        }
    }

    @Nested
    class Text {
        @Test
        void keywordLinesAddToTheMarkupsTagsAndStayWhenLinked() {
            ParsedArticle a = read(page("<meta property='article:tag' content='thoát nước'><title>Thoát nước</title>",
                    "<article>" + P1 + P2 + "<p>Từ khóa: <a href='/t/1'>Thoát Nước</a>, <a href='/t/2'>mùa mưa</a></p></article>"));
            assertThat(a.tags()).containsExactly("thoát nước", "mùa mưa");
            assertThat(a.body()).hasSize(2);
        }

        @Test
        void linesThatAreMostlyLinksAreDropped() {
            ParsedArticle a = read(page("", "<article>" + P1
                    + "<ul><li><a href='/1'>Người dân phường Cửa Nam góp ý về tuyến cống mới</a></li>"
                    + "<li>Xem: <a href='/2'>Bản đồ các điểm ngập trong mùa mưa năm ngoái</a></li></ul>"
                    + P2 + "<p>Chi tiết xem tại <a href='/3'>trang của sở</a>.</p></article>"));
            assertThat(bodyText(a)).doesNotContain("Cửa Nam", "Bản đồ").contains("Chi tiết xem tại trang của sở.");
        }

        @Test
        void captionClassesMarkCaptions() {
            ParsedArticle a = read(page("<title>Cải tạo thoát nước</title>", "<article>" + P1
                    + "<div class='wp-caption'><img src='a.jpg'><p class='wp-caption-text'>Công nhân cho biết tuyến cống mới sẽ xong trong tháng tới</p></div>"
                    + "<table class='image'><tr><td class='PhotoCMS_Caption'>Mặt cắt tuyến cống sau khi cải tạo xong</td></tr></table>"
                    + P2 + "</article>"));
            assertThat(captions(a)).containsExactly("Công nhân cho biết tuyến cống mới sẽ xong trong tháng tới",
                    "Mặt cắt tuyến cống sau khi cải tạo xong");
        }

        @Test
        void lineBreaksSeparateParagraphs() {
            ParsedArticle a = read(page("<title>Cải tạo thoát nước</title>", "<td>"
                    + "Hội đồng nhân dân thành phố đã thông qua kế hoạch cải tạo hệ thống thoát nước ở các phường trung tâm.<br>"
                    + "Theo kế hoạch, các tuyến cống cũ sẽ được thay thế dần, ưu tiên những tuyến thường xuyên ngập.<br><br>"
                    + "Người dân sẽ được thông báo trước khi thi công ở từng tuyến phố trong khu vực.</td>"));
            assertThat(a.body()).hasSize(3);
        }

        @Test
        void teaserArticlesDoNotHideTheStoryInADiv() {
            String teaser = "<article class='teaser'><a href='/x'>Một tin khác trong chuyên mục đô thị</a> "
                    + "<p>Tóm tắt ngắn của tin khác.</p></article>";
            ParsedArticle a = read(page("<title>Cải tạo thoát nước</title>",
                    teaser + teaser + "<div class='noi-dung'>" + P1 + P2 + P3 + "</div>" + teaser));
            assertThat(a.body()).hasSize(3);
            assertThat(bodyText(a)).doesNotContain("Tóm tắt");
        }

        @Test
        void theLeadAndDateBesideTheArticleElementAreRead() {
            ParsedArticle a = read(page("<meta property='og:title' content='Cải tạo thoát nước'>",
                    "<div class='container'><div class='sidebar-1'>"
                            + "<span class='date'>Thứ Sáu, 24/3/2023, 07:35 (GMT+7)</span>"
                            + "<h1 class='title-detail'>Cải tạo thoát nước</h1>"
                            + "<p class='description'>Thành phố dành 300 tỷ đồng trong ba năm để thay các tuyến cống cũ.</p>"
                            + "<article class='fck_detail'>" + P1 + P2 + P3 + "</article></div>"
                            + "<div class='sidebar-2'><h3>Xem nhiều</h3><p>Một tin khác rất dài được nhiều người đọc, "
                            + "có dấu phẩy, và nhiều chữ, để thử phần bên cạnh.</p></div></div>"));
            assertThat(a.published().iso()).isEqualTo("2023-03-24T07:35:00+07:00");
            assertThat(a.body()).extracting(Block::text).hasSize(4)
                    .startsWith("Thành phố dành 300 tỷ đồng trong ba năm để thay các tuyến cống cũ.");
            assertThat(bodyText(a)).doesNotContain("Xem nhiều", "Một tin khác");
        }

        @Test
        void anArticleNamedLikeFurnitureIsFoundWithoutClassWords() {
            ParsedArticle a = read(page("<title>Cải tạo thoát nước</title>",
                    "<div class='sidebar-content'>" + P1 + P2 + "</div><nav><a href='/'>Trang chủ</a></nav>"));
            assertThat(a.body()).hasSize(2);
        }
    }

    @Nested
    class Skipped {
        @Test
        void emptyAndBlankFiles() {
            for (String text : List.of("", "  \n\t ")) {
                assertThat(reader.read("tin/trang.html", text).diagnostics()).extracting(Diagnostic::toString)
                        .containsExactly("tin/trang.html: warning: skipped: empty file: no line has any text");
            }
        }

        @Test
        void pagesWithoutArticleText() {
            for (String html : List.of(
                    page("<title>Trang chủ</title>", "<nav><a href='/'>Trang chủ</a></nav><footer>Bản quyền</footer>"),
                    page("<meta property='og:title' content='Chỉ có tiêu đề'>", "<h1>Chỉ có tiêu đề</h1>"),
                    "<frameset><frame src='a.html'><frame src='b.html'></frameset>",
                    "<script>alert(1)</script>", "<<<>>>")) {
                ReadResult r = reader.read("tin/trang.html", html);
                assertThat(r.hasArticle()).as(html).isFalse();
                assertThat(r.diagnostics()).extracting(Diagnostic::toString).as(html)
                        .containsExactly("tin/trang.html: warning: skipped: no article text in the page");
            }
        }
    }
}
