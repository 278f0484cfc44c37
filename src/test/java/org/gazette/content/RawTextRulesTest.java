package org.gazette.content;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gazette.diag.GazetteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RawTextRulesTest {
    private final RawTextRules rules = RawTextRules.defaults();

    @Test
    void defaultsAreLoadedOnce() {
        assertThat(RawTextRules.defaults()).isSameAs(rules);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tin khác", "TIN KHÁC", "tin khac", "Tin khác:", "Bình luận (12)", "Xem nhiều nhất",
        "Tin tức - Sự kiện", "Back To Top", "Related articles", "Share this", "Comments",
        "Trang chủ > Tin tức > Thời sự", "Home » World"})
    void recognisesChromeWhateverItsCaseAndDiacritics(String line) {
        assertThat(rules.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tin khác nhau về giá xăng", "Sầm Phúc", "Bình luận của độc giả rất sôi nổi.",
        "Thứ Sáu, 24/03/2023 | 07:35"})
    void leavesOtherLinesAlone(String line) {
        assertThat(rules.isChrome(line)).isFalse();
    }

    @Test
    void noiseOnlyLinesAreRecognisedAndNoiseIsBlankedInPlace() {
        assertThat(rules.isNoiseOnly("Lượt xem: 5.654")).isTrue();
        assertThat(rules.isNoiseOnly("In bài viết")).isTrue();
        assertThat(rules.isNoiseOnly("Lượt xem tăng mạnh")).isFalse();
        String line = "24/03/2023 Lượt xem: 12 In bài viết";
        String cleaned = rules.removeNoise(line);
        assertThat(cleaned).hasSameSizeAs(line).startsWith("24/03/2023");
        assertThat(cleaned.substring("24/03/2023".length())).isBlank();
    }

    @Test
    void addsSiteEntriesToAList() {
        RawTextRules site = rules.withAdditions(Map.of("chrome", List.of("Gửi bài viết"), "noise", List.of("Lượt chia sẻ: #")));
        assertThat(site.isChrome("GỬI BÀI VIẾT")).isTrue();
        assertThat(rules.isChrome("Gửi bài viết")).isFalse();
        assertThat(site.isNoiseOnly("Lượt chia sẻ: 40")).isTrue();
    }

    @Test
    void addedLabelsAreUsedAtTheStartOfALine() {
        RawTextRules site = rules.withAdditions(Map.of("sourceLabels", List.of("Trích nguồn")));
        assertThat(site.label(RawTextRules.Label.SOURCE, "Trích nguồn: Báo Nhân Dân")).isNotNull();
        assertThat(rules.label(RawTextRules.Label.SOURCE, "Trích nguồn: Báo Nhân Dân")).isNull();
    }

    @Test
    void noAdditionsGivesTheSameRules() {
        assertThat(rules.withAdditions(Map.of())).isSameAs(rules);
    }

    @Test
    void rejectsAnUnknownListNamingTheKnownOnes() {
        assertThatThrownBy(() -> rules.withAdditions(Map.of("chrom", List.of("x"))))
                .isInstanceOf(GazetteException.class)
                .hasMessageStartingWith("site.yaml: rawText.chrom is not a known list (known: chrome, noise, ")
                .hasMessageContaining("sourceLabels")
                .hasMessageContaining("keywordLabels");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bà con đón nhận. Ảnh: C.T.V", "Trong ảnh: lãnh đạo tỉnh thăm hỏi", "(Ảnh: TTXVN)",
        "Ảnh minh họa", "Nhà máy thủy điện (ảnh minh hoạ).", "Cầu mới thông xe (Ảnh nv)", "Photo: Reuters"})
    void findsCaptionMarkers(String line) {
        assertThat(rules.hasCaptionMarker(line)).isTrue();
    }

    /** Lines made of caption words, words that hold them, marks and spaces of every kind the marker knows. */
    @Provide
    Arbitrary<String> captionLike() {
        return Arbitraries.of("Ảnh", "ảnh", "Trong ảnh", "trong", "minh họa", "Nguồn ảnh", "Photo", "Photos", "thành", "nhanh",
                        "Ảnh hưởng", "TTXVN", "C.T.V", ":", " : ", ".", "(", ")", "[", "|", "–", "—", "-", "…", "?", ";", "!",
                        " ", "  ", "\t", "\u00a0", ",", "1975", "x")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void theQuickCheckBeforeTheCaptionPatternNeverChangesItsAnswer(@ForAll("captionLike") String line) {
        assertThat(rules.hasCaptionMarker(line)).isEqualTo(rules.captionMarkerIn(RawTextRules.alignedFold(line)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hình ảnh đẹp của quê hương", "Bức ảnh được chụp năm 1975 tại Hà Nội.",
        "Ảnh hưởng của bão số 3 rất lớn."})
    void ignoresThePhotoWordInRunningText(String line) {
        assertThat(rules.hasCaptionMarker(line)).isFalse();
    }

    @Test
    void proseMarkersKeepTheirDiacritics() {
        assertThat(rules.hasProseMarker("Nhưng người dân vẫn lo lắng.")).isTrue();
        assertThat(rules.hasProseMarker("Ông Tuấn CHO BIẾT thêm.")).isTrue();
        assertThat(rules.hasProseMarker("He said prices would rise.")).isTrue();
        assertThat(rules.hasProseMarker("Những cây hoa ban nở trắng.")).isFalse();
        assertThat(rules.hasProseMarker("Du khách tới thăm máy bay cũ.")).isFalse();
        assertThat(rules.hasProseMarker("Người dân cần may mắn.")).isFalse();
    }

    @Test
    void foldsCharacterByCharacterSoPositionsHold() {
        String line = "Nguồn: Báo Điện Biên Phủ";
        assertThat(RawTextRules.alignedFold(line)).isEqualTo("nguon: bao dien bien phu").hasSameSizeAs(line);
    }
}
