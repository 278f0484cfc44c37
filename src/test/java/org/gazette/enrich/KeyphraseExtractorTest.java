package org.gazette.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {
    private final KeyphraseExtractor extractor = new KeyphraseExtractor(Stopwords.defaults());

    private List<Keyphrase> extract(String title, String... paragraphs) {
        return extractor.extract(title, List.of(paragraphs));
    }

    private static List<String> keys(List<Keyphrase> phrases) {
        return phrases.stream().map(Keyphrase::key).collect(Collectors.toList());
    }

    private static List<String> surfaces(List<Keyphrase> phrases) {
        return phrases.stream().map(Keyphrase::surface).collect(Collectors.toList());
    }

    @Test
    void findsTermsOfSeveralSyllables() {
        List<Keyphrase> found = extract("Gia cố đê điều trước mùa mưa bão",
                "Tỉnh đã gia cố đê điều ở ba xã ven biển. Đê điều xuống cấp sau nhiều mùa mưa bão.",
                "Người dân được hướng dẫn sơ tán khi mưa bão đến, còn đê điều được kiểm tra hằng tuần.");
        assertThat(surfaces(found)).contains("đê điều", "mưa bão");
    }

    @Test
    void findsPersonNamesWithoutTheirTitles() {
        List<Keyphrase> found = extract(null,
                "Đại tá Nguyễn Văn Hải, Phó Giám đốc Công an tỉnh, đã kiểm tra chốt phòng dịch.",
                "Theo Đại tá Nguyễn Văn Hải, các chốt hoạt động suốt đêm. Ông Trần Minh Quang cũng có mặt.");
        assertThat(surfaces(found)).contains("Nguyễn Văn Hải", "Trần Minh Quang");
        assertThat(keys(found)).noneMatch(k -> k.startsWith("dai ta") || k.startsWith("ong ") || k.contains("giam doc"));
    }

    @Test
    void keepsOrganizationNamesWhoseTailIsLowerCase() {
        List<Keyphrase> found = extract(null,
                "Bộ Công an vừa khen thưởng các học viện của lực lượng Công an nhân dân.",
                "Lãnh đạo Bộ Công an đánh giá cao sinh viên các trường Công an nhân dân.");
        assertThat(surfaces(found)).contains("Bộ Công an", "Công an nhân dân");
        assertThat(keys(found)).doesNotContain("bo cong", "an nhan dan", "nhan dan");
    }

    @Test
    void ranksAPlaceAboveAnEquallyFrequentName() {
        List<Keyphrase> found = extract(null,
                "Đảng ủy xã Mường Pồn kết nạp mười đảng viên, ông Chào Anh Nguyên cho biết.",
                "Ông Chào Anh Nguyên nói xã Mường Pồn còn nhiều khó khăn.");
        List<String> surfaces = surfaces(found);
        assertThat(surfaces).contains("Mường Pồn", "Chào Anh Nguyên");
        assertThat(surfaces.indexOf("Mường Pồn")).isLessThan(surfaces.indexOf("Chào Anh Nguyên"));
    }

    @Test
    void dropsPhrasesThatEndWithAnAdministrativeUnit() {
        List<Keyphrase> found = extract(null,
                "Công an tỉnh tổ chức hội nghị. Đảng bộ huyện họp bàn. Công an tỉnh và Đảng bộ huyện phối hợp tốt.");
        assertThat(keys(found)).doesNotContain("cong an tinh", "dang bo huyen");
    }

    @Test
    void findsAcronymsButNotRomanNumeralsOrTimeZones() {
        List<Keyphrase> found = extract("Thứ Ba, 19/04/2022, 16:27 [GMT+7]",
                "Nghị quyết Trung ương 4 khóa XII được CAND quán triệt. Sinh viên CAND học tập nghị quyết khóa XII.");
        assertThat(surfaces(found)).contains("CAND");
        assertThat(keys(found)).doesNotContain("xii", "gmt");
    }

    @Test
    void neverReturnsNumbersDatesOrWeekdays() {
        List<Keyphrase> found = extract("Thứ Sáu, 24/03/2023 Lượt xem: 5654",
                "Ngày 19/4/2022, tỉnh kết nạp 1.162 đảng viên mới, vượt 55,7% kế hoạch năm 2022.",
                "Chỉ thị 05-CT/TW được quán triệt vào Chủ nhật, 26/03/2023 lúc 07:35.");
        assertThat(keys(found)).isNotEmpty().noneMatch(k -> k.chars().anyMatch(Character::isDigit));
        assertThat(keys(found)).doesNotContain("thu sau", "chu nhat", "luot xem", "ct", "tw");
    }

    @Test
    void neverReturnsStopwordsOrGenericWordsAlone() {
        List<Keyphrase> found = extract("Nâng cao chất lượng công tác tuyên truyền",
                "Công tác tuyên truyền được thực hiện thường xuyên, đồng thời nâng cao chất lượng.",
                "Theo đó, cán bộ cho biết công tác này có ý nghĩa quan trọng.");
        Stopwords stopwords = Stopwords.defaults();
        assertThat(found).isNotEmpty().allSatisfy(k -> assertThat(stopwords.isStop(k.surface())).isFalse());
        assertThat(keys(found)).contains("tuyen truyen")
                .doesNotContain("cong tac", "nang cao chat luong", "thuc hien", "cho biet", "dong thoi");
    }

    @Test
    void weighsTitleAndLedeOccurrencesMore() {
        List<Keyphrase> found = extract("Nông dân thu hoạch cà phê",
                "Nông dân bắt đầu mùa vụ mới.",
                "Hồ tiêu được giá. Cà phê được giá.",
                "Giá hồ tiêu tăng, giá cà phê tăng.");
        assertThat(score(found, "ca phe")).isGreaterThan(score(found, "ho tieu"));
    }

    private static float score(List<Keyphrase> found, String key) {
        return found.stream().filter(k -> k.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " in " + found)).score();
    }

    @Test
    void mergesCaseVariantsUnderOneKeyInTheirMidSentenceSpelling() {
        List<Keyphrase> found = extract(null,
                "Đảng viên mới được kết nạp. Tỉnh có thêm nhiều đảng viên trẻ.",
                "Lễ kết nạp đảng viên diễn ra tại hội trường.");
        assertThat(found).filteredOn(k -> k.key().equals("dang vien")).singleElement()
                .extracting(Keyphrase::surface).isEqualTo("đảng viên");
    }

    @Test
    void dropsSyllablesThatAreOnlyPartOfLongerWords() {
        List<Keyphrase> found = extract(null,
                "Các đảng viên và sinh viên tham gia hiến máu. Đảng viên trẻ vận động sinh viên.",
                "Nhiều sinh viên lần đầu hiến máu cùng đảng viên.");
        assertThat(keys(found)).contains("dang vien", "sinh vien").doesNotContain("vien", "sinh");
    }

    @Test
    void separatesNamesFromTheWordsAroundThem() {
        List<Keyphrase> found = extract(null,
                "Bộ trưởng Tô Lâm chủ trì buổi làm việc tại huyện Điện Biên.",
                "Tô Lâm chủ trì hội nghị, sau đó thăm huyện Điện Biên và xã Mường Pồn.");
        assertThat(surfaces(found)).contains("Tô Lâm", "Điện Biên", "Mường Pồn");
        assertThat(keys(found)).doesNotContain("to lam chu", "to lam chu tri", "huyen dien bien", "huyen dien");
    }

    @Test
    void readsEnglishWithTheEnglishStopwords() {
        List<Keyphrase> found = extract("Time Warner profits rise",
                "Quarterly profits at Time Warner rose by a quarter, the media giant said.",
                "Time Warner said its profits were helped by strong film sales and an increase in advertising.");
        assertThat(surfaces(found)).contains("Time Warner", "profits");
        assertThat(keys(found)).doesNotContain("the", "an", "said");
    }

    @Test
    void givesNothingForAnEmptyArticle() {
        assertThat(extractor.extract(null, List.of())).isEmpty();
        assertThat(extractor.extract("  ", List.of("", " . , 2022"))).isEmpty();
    }

    @Test
    void returnsDistinctKeysBestFirstUpToTheLimit() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) body.append("Khu vườn Thảo Mộc Số ").append(i).append(" trồng cây quýt ngọt và hoa hồng đỏ. ");
        body.append("Người làm vườn chăm sóc cây bưởi, cây cam sành, cây ổi xá lị, dưa hấu, khoai lang, bí đỏ, cà chua, ");
        body.append("rau muống, mồng tơi, củ cải, cà rốt, hành lá, tỏi tây, gừng, nghệ, sả, ớt, tiêu, lạc, vừng, đậu xanh.");
        List<Keyphrase> found = extract("Mùa thu hoạch", body.toString());
        assertThat(found).hasSize(KeyphraseExtractor.MAX_CANDIDATES);
        assertThat(keys(found)).doesNotHaveDuplicates();
        for (int i = 1; i < found.size(); i++) assertThat(found.get(i).score()).isLessThanOrEqualTo(found.get(i - 1).score());
    }

    @Test
    void givesTheSameResultFromManyThreads() {
        List<String> paragraphs = List.of(
                "Công an huyện Tân Uyên phối hợp với Bộ đội Biên phòng tuần tra biên giới.",
                "Tuần tra biên giới giúp giữ vững an ninh trật tự tại các bản vùng cao của tỉnh Lai Châu.");
        List<Keyphrase> expected = extractor.extract("Tuần tra biên giới", paragraphs);
        List<List<Keyphrase>> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> extractor.extract("Tuần tra biên giới", paragraphs)).collect(Collectors.toList());
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Property
    void keysAreFoldedWordsForAnyText(@ForAll String title, @ForAll List<String> paragraphs) {
        List<String> safe = new ArrayList<>();
        for (String p : paragraphs) if (p != null) safe.add(p);
        List<Keyphrase> found = extractor.extract(title, safe);
        assertThat(found.size()).isLessThanOrEqualTo(KeyphraseExtractor.MAX_CANDIDATES);
        for (Keyphrase k : found) {
            assertThat(k.key()).isEqualTo(Keyphrase.keyOf(k.surface()));
            assertThat(k.key()).doesNotContain("  ").isEqualTo(k.key().strip());
            assertThat(k.key().codePoints().anyMatch(Character::isLetter)).as(k.key()).isTrue();
            assertThat(k.score()).isPositive();
        }
    }

    @Test
    void identityKeyIsFoldedLowerCaseWithSingleSpaces() {
        assertThat(Keyphrase.keyOf("  Điện\u00A0 Biên ")).isEqualTo("dien bien");
        assertThat(Keyphrase.keyOf("Đảng")).isEqualTo(Keyphrase.keyOf("đảng"));
    }
}
