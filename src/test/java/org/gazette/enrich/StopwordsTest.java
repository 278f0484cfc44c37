package org.gazette.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopwordsTest {
    private final Stopwords stopwords = Stopwords.defaults();

    @Test
    void stopsVietnameseFunctionWordsInAnyCase() {
        assertThat(stopwords.isStop("của")).isTrue();
        assertThat(stopwords.isStop("Và")).isTrue();
        assertThat(stopwords.isStop("Được")).isTrue();
    }

    @Test
    void stopsPhrasesWhateverTheirSpacing() {
        assertThat(stopwords.isStop("cho biết")).isTrue();
        assertThat(stopwords.isStop("  Nhấn   mạnh ")).isTrue();
    }

    @Test
    void stopsEnglishFunctionWordsInTheirOwnList() {
        assertThat(stopwords.isEnglishStop("the")).isTrue();
        assertThat(stopwords.isEnglishStop("Because")).isTrue();
        assertThat(stopwords.isEnglishStop("an")).isTrue();
        assertThat(stopwords.isStop("an")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bộ", "công", "an", "nhân", "dân", "Bộ Công an", "Đảng", "đảng viên", "Điện Biên"})
    void keepsWordsOfCommonTags(String word) {
        assertThat(stopwords.isStop(word)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đại tá", "Bộ trưởng", "Thứ trưởng", "Ông", "Phó Giám đốc"})
    void stopsTitlesAndFormsOfAddress(String title) {
        assertThat(stopwords.isStop(title)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thứ Ba", "chủ nhật", "tháng", "năm"})
    void stopsCalendarWords(String word) {
        assertThat(stopwords.isStop(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phản hồi", "Xem nhiều nhất", "Các tin khác", "Back To Top", "Bình luận", "Tin khác"})
    void stopsSiteChrome(String line) {
        assertThat(stopwords.isStop(line)).isTrue();
    }

    @Test
    void entriesInCapitalsMatchOnlyAcronyms() {
        assertThat(stopwords.isStop("GMT")).isTrue();
        assertThat(stopwords.isStop("gmt")).isFalse();
        assertThat(stopwords.isStop("ai")).isTrue();
        assertThat(stopwords.isStop("AI")).isFalse();
    }

    @Test
    void diacriticsDistinguishWords() {
        assertThat(stopwords.isStop("năm")).isTrue();
        assertThat(stopwords.isStop("nam")).isFalse();
    }

    @Test
    void genericWordsAreNotStopwordsButAreListedAsGeneric() {
        assertThat(stopwords.isStop("công tác")).isFalse();
        assertThat(stopwords.generic.contains("công tác")).isTrue();
    }

    @Test
    void knowsOrganizationHeads() {
        assertThat(stopwords.isOrgHead("bộ")).isTrue();
        assertThat(stopwords.isOrgHead("tô")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stopwords-vi.txt", "stopwords-en.txt", "generic-vi.txt", "org-heads-vi.txt"})
    void dataFilesStateTheirSourceAndLicence(String name) throws IOException {
        try (InputStream in = Stopwords.class.getResourceAsStream("/org/gazette/enrich/" + name)) {
            assertThat(in).as(name).isNotNull();
            String header = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .takeWhile(line -> line.isEmpty() || line.startsWith("#")).reduce("", (a, b) -> a + "\n" + b);
            assertThat(header).contains("Source:").contains("Licence:");
        }
    }

    @Test
    void wordListIgnoresCommentsAndBlankLines() {
        WordList list = WordList.parse("# a comment\n\nmột\n  hai  ba \n");
        assertThat(list.contains("một")).isTrue();
        assertThat(list.contains("hai ba")).isTrue();
        assertThat(list.contains("# a comment")).isFalse();
    }

    @Test
    void wordListMatchesTheLongestEntry() {
        WordList list = WordList.parse("phó\nphó giám đốc\ngiám đốc\n");
        String[] words = {"phó", "giám", "đốc", "công", "an"};
        assertThat(list.matchLength(words, 0, words.length)).isEqualTo(3);
        assertThat(list.matchLength(words, 0, 2)).isEqualTo(1);
        assertThat(list.matchLength(words, 3, words.length)).isZero();
    }

    @Test
    void wordListTellsWhetherEntriesCoverAPhrase() {
        WordList list = WordList.parse("nâng cao\nchất lượng\n");
        String[] words = {"nâng", "cao", "chất", "lượng", "đảng", "viên"};
        assertThat(list.covers(words, 0, 4)).isTrue();
        assertThat(list.covers(words, 0, 6)).isFalse();
        assertThat(list.covers(words, 1, 3)).isFalse();
    }
}
