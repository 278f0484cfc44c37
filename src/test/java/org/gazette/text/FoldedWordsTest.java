package org.gazette.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FoldedWordsTest {

    @Test
    void hashesTheFoldedWordsInReadingOrder() {
        FoldedWords w = new FoldedWords().add("Đảng viên, ĐẢNG VIÊN!").add("dang vien");
        assertThat(w.size()).isEqualTo(6);
        assertThat(w.get(0)).isEqualTo(w.get(2)).isEqualTo(w.get(4)).isEqualTo(FoldedWords.hashOf("đảng"));
        assertThat(w.get(1)).isEqualTo(w.get(3)).isEqualTo(w.get(5)).isNotEqualTo(w.get(0));
    }

    @Test
    void splitsAtEverythingButLettersAndDigitsAndSkipsEmptyText() {
        FoldedWords w = new FoldedWords().add(null).add("").add("  19/4/2022 — COVID-19  ");
        assertThat(w.toArray()).containsExactly(FoldedWords.hashOf("19"), FoldedWords.hashOf("4"), FoldedWords.hashOf("2022"),
                FoldedWords.hashOf("covid"), FoldedWords.hashOf("19"));
    }

    @Test
    void readsDecomposedTextLikeComposedText() {
        assertThat(new FoldedWords().add("Nguye\u0302\u0303n").toArray()).containsExactly(FoldedWords.hashOf("Nguyễn"));
    }

    @Test
    void hashOfRejectsMoreThanOneWord() {
        assertThatThrownBy(() -> FoldedWords.hashOf("Tô Lâm")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void foldedComposedAndDecomposedTextHashAlike(@ForAll("vietnamese") String text) {
        long[] words = new FoldedWords().add(text).toArray();
        assertThat(new FoldedWords().add(Folding.fold(text)).toArray()).isEqualTo(words);
        assertThat(new FoldedWords().add(Normalizer.normalize(text, Normalizer.Form.NFD)).toArray()).isEqualTo(words);
        assertThat(new FoldedWords().add(text.toUpperCase(Locale.ROOT)).toArray()).isEqualTo(words);
    }

    @Provide
    Arbitrary<String> vietnamese() {
        String letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
        return Arbitraries.strings().withChars(letters + letters.toUpperCase(Locale.ROOT) + "0123456789 ,.-–“”\u200B\n").ofMaxLength(80);
    }
}
