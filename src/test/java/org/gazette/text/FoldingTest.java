package org.gazette.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTest {
    @Test
    void foldsVietnameseIncludingTheStrokedD() {
        assertThat(Folding.fold("Đảng viên ở Điện Biên")).isEqualTo("dang vien o dien bien");
        assertThat(Folding.fold("Người dân Thừa Thiên Huế")).isEqualTo("nguoi dan thua thien hue");
    }

    @Test
    void foldsDecomposedInputLikePrecomposed() {
        String nfd = Normalizer.normalize("Phát triển đảng viên", Normalizer.Form.NFD);
        assertThat(Folding.fold(nfd)).isEqualTo(Folding.fold("Phát triển đảng viên")).isEqualTo("phat trien dang vien");
    }

    @Test
    void cleanMapsLookAlikesAndInvisibleCharacters() {
        assertThat(Folding.clean("\u00D0i\u1EC7n\u00A0Bi\u00EAn\u200B")).isEqualTo("Điện Biên");
        assertThat(Folding.clean("\uFEFFTin")).isEqualTo("Tin");
        assertThat(Folding.clean(Normalizer.normalize("Hẹ Muông", Normalizer.Form.NFD))).isEqualTo("Hẹ Muông");
    }

    @Test
    void tonelessKeepsVowelQualityAndUnifiesTonePlacement() {
        assertThat(Folding.toneless("Đảng")).isEqualTo("đang");
        assertThat(Folding.toneless("Thanh Hoá")).isEqualTo(Folding.toneless("Thanh Hóa"));
        assertThat(Folding.toneless("người")).isEqualTo("ngươi");
    }

    @Test
    void keyMergesCaseDiacriticAndSpacingVariants() {
        assertThat(Folding.key(" Đảng  viên ")).isEqualTo(Folding.key("đang viên")).isEqualTo("dang vien");
    }
}
