package org.gazette.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gazette.text.FoldedWords;
import org.junit.jupiter.api.Test;

class AlwaysTagsTest {
    private final AlwaysTags always = new AlwaysTags(List.of("Tô Lâm", "Điện Biên Phủ", "  ", "VinFast"));

    private List<String> in(String... texts) {
        FoldedWords words = new FoldedWords();
        for (String t : texts) words.add(t);
        return always.in(words);
    }

    @Test
    void findsEachConfiguredNameAsWholeWordsWhateverItsCaseAndDiacritics() {
        assertThat(in("ĐẠI TƯỚNG TÔ LÂM THĂM ĐIỆN BIÊN", "Chiến thắng Dien Bien Phu, ông To Lam nói."))
                .containsExactly("Tô Lâm", "Điện Biên Phủ");
    }

    @Test
    void ignoresPartsOfNamesAndWordsThatMerelyStartTheSame() {
        assertThat(in("Điện Biên đón khách.", "Tô Lâmxyz và VinFastX", "Lâm Tô")).isEmpty();
    }

    @Test
    void findsANameOnceHoweverOftenItOccurs() {
        assertThat(in("VinFast, VinFast và VinFast")).containsExactly("VinFast");
    }

    @Test
    void isEmptyWithoutNames() {
        assertThat(new AlwaysTags(List.of()).isEmpty()).isTrue();
        assertThat(always.isEmpty()).isFalse();
    }
}
