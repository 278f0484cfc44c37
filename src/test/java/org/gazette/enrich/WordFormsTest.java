package org.gazette.enrich;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordFormsTest {
    @Test
    void numbersWrittenAndLowerCaseFormsInOrderOfFirstUse() {
        WordForms forms = new WordForms();
        int dan = forms.intern("Tin dân", 4, 7);
        int ubnd = forms.intern("UBND", 0, 4);
        int dan2 = forms.intern("Dân dân", 4, 7);
        int capitalDan = forms.intern("Dân", 0, 3);
        assertThat(dan2).isEqualTo(dan);
        assertThat(forms.textForm(dan)).isZero();
        assertThat(forms.lowerForm(dan)).isZero();
        assertThat(forms.textForm(ubnd)).isEqualTo(1);
        assertThat(forms.lowerForm(ubnd)).isEqualTo(2);
        assertThat(forms.textForm(capitalDan)).isEqualTo(3);
        assertThat(forms.lowerForm(capitalDan)).isZero();
        assertThat(forms.is(ubnd, WordForms.ACRONYM)).isTrue();
        assertThat(forms.is(capitalDan, WordForms.CAPITALIZED)).isTrue();
        assertThat(forms.formCount()).isEqualTo(4);
    }

    /** Past the size the form table starts with, every form keeps its number. */
    @Test
    void keepsFormNumbersAsTheTableGrows() {
        WordForms forms = new WordForms();
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            String w = "Từ" + i;
            int word = forms.intern(w, 0, w.length());
            assertThat(forms.textForm(word)).isEqualTo(2 * i);
            assertThat(forms.lowerForm(word)).isEqualTo(2 * i + 1);
        }
        for (int i = 0; i < n; i += 499) {
            String lower = "từ" + i;
            int word = forms.intern(lower, 0, lower.length());
            assertThat(forms.textForm(word)).isEqualTo(2 * i + 1);
        }
        assertThat(forms.formCount()).isEqualTo(2 * n);
    }
}
