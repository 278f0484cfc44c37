package org.gazette.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymDefinitionsTest {
    private final AcronymDefinitions definitions = new AcronymDefinitions(Stopwords.defaults());

    private List<AcronymDefinition> find(String... paragraphs) {
        return definitions.find(null, List.of(paragraphs));
    }

    @Test
    void findsTheWordsWhoseInitialsSpellTheAcronymInParentheses() {
        assertThat(find("Sinh viên các trường Công an nhân dân (CAND) học tập tốt."))
                .containsExactly(new AcronymDefinition("CAND", "Công an nhân dân"));
    }

    @Test
    void foldsĐToDAndSkipsCommasBetweenTheWords() {
        assertThat(find("Bảo đảm an ninh, trật tự (ANTT) trên địa bàn.", "Đảng Cộng sản Việt Nam (ĐCSVN) lãnh đạo."))
                .containsExactly(new AcronymDefinition("ANTT", "an ninh trật tự"), new AcronymDefinition("ĐCSVN", "Đảng Cộng sản Việt Nam"));
    }

    @Test
    void letsConnectorsStandBetweenTheWordsOfAnEnglishName() {
        assertThat(find("Experts at the World Health Organization (WHO) and the Bank of England (BOE) agreed."))
                .containsExactly(new AcronymDefinition("WHO", "World Health Organization"),
                        new AcronymDefinition("BOE", "Bank of England"));
    }

    @Test
    void readsAcronymsWrittenWithAnAmpersandOrAHyphen() {
        assertThat(find("Bộ Giáo dục và Đào tạo (GD&ĐT) công bố lịch thi."))
                .containsExactly(new AcronymDefinition("GD&ĐT", "Giáo dục và Đào tạo"));
    }

    @Test
    void ignoresParenthesesThatDefineNothing() {
        assertThat(find("Giá vàng tăng mạnh (SJC) trong tuần.", "Ông Nguyễn Văn A (Hà Nội) cho biết.",
                "Tỷ lệ tăng (15%) so với cùng kỳ.", "Thủ tướng (TTg) ký quyết định.", "Hai công ty (AB) hợp tác.")).isEmpty();
    }

    @Test
    void needsThreeLettersAndNoStopwordAtEitherEnd() {
        assertThat(find("Các anh (CA) đã đến.", "việc của các anh (VCCA) cho biết")).isEmpty();
    }
}
