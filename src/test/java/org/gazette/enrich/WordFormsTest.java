package org.gazette.enrich;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** What one article numbers does not depend on what the thread's earlier articles used. */
    @Test
    void eachArticleNumbersItsFormsFromZero() {
        WordForms first = new WordForms();
        first.intern("UBND", 0, 4);
        int earlier = first.intern("dân", 0, 3);
        assertThat(first.lowerForm(earlier)).isEqualTo(2);
        WordForms second = new WordForms();
        int dan = second.intern("Dân", 0, 3);
        assertThat(second.textForm(dan)).isZero();
        assertThat(second.lowerForm(dan)).isEqualTo(1);
        assertThat(second.lower(dan)).isEqualTo("dân");
        assertThat(second.formCount()).isEqualTo(2);
    }

    /** A lexicon that outgrew its limit is emptied between articles, and numbers stay the same. */
    @Test
    void aFullLexiconIsEmptiedBetweenArticles() {
        WordForms filling = new WordForms();
        for (int i = 0; i <= Lexicon.MAX_SPELLINGS; i++) {
            String w = "w" + i;
            filling.intern(w, 0, w.length());
        }
        assertThat(Lexicon.forThisThread().size()).isGreaterThan(Lexicon.MAX_SPELLINGS);
        WordForms next = new WordForms();
        assertThat(Lexicon.forThisThread().size()).isZero();
        int w = next.intern("w7", 0, 2);
        assertThat(next.textForm(w)).isZero();
        assertThat(next.text(w)).isEqualTo("w7");
        assertThat(next.syllable(w, Stopwords.defaults().vietnamese)).isEqualTo(WordList.KNOWN);
    }

    @Test
    void anEarlierArticlesWordsCannotBeAddedOnceAnotherStarted() {
        WordForms first = new WordForms();
        first.intern("a", 0, 1);
        new WordForms();
        assertThatThrownBy(() -> first.intern("b", 0, 1)).isInstanceOf(IllegalStateException.class);
    }
}
