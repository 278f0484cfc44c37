package org.gazette.enrich;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TagChoiceTest {
    @Test
    void wordsMustMatchWholeWords() {
        assertThat(TagChoice.containsWords("dien bien phu", "dien bien")).isTrue();
        assertThat(TagChoice.containsWords("dien bien phu", "bien phu")).isTrue();
        assertThat(TagChoice.containsWords("dien bien phu", "ien bien")).isFalse();
        assertThat(TagChoice.containsWords("dien bien phu", "bien p")).isFalse();
        assertThat(TagChoice.containsWords("dien dien bien", "dien bien")).as("a later occurrence").isTrue();
    }

    /** Short phrases over few letters, so that partial matches are common. */
    @Provide
    Arbitrary<String> phrases() {
        return Arbitraries.of("a", "b", "ab", "ba", "aa").list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(" ", l));
    }

    @Property
    void isContainmentOfThePhrasesPaddedWithSpaces(@ForAll("phrases") String phrase, @ForAll("phrases") String words) {
        assertThat(TagChoice.containsWords(phrase, words)).isEqualTo((" " + phrase + " ").contains(" " + words + " "));
    }
}
