package org.gazette.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TagCandidatesTest {

    @Test
    void keepsTheBestUsableCandidatesBestFirstOnePerKey() {
        List<Keyphrase> in = List.of(
                new Keyphrase("dien bien", "Điện Biên", 2f),
                new Keyphrase("to lam", "Tô Lâm", 3f),
                new Keyphrase("dien bien", "Dien Bien", 1f),   // same key, lower: dropped
                new Keyphrase("blank", "  ", 9f),               // blank spelling: dropped
                new Keyphrase("nan", "NaN", Float.NaN),          // no score: dropped
                new Keyphrase("a b", "A B", 2f),                 // ties by key
                new Keyphrase("x".repeat(TagAssigner.MAX_PHRASE_CHARS + 1), "long", 5f));
        assertThat(TagCandidates.of(in).toList()).containsExactly(
                new Keyphrase("to lam", "Tô Lâm", 3f),
                new Keyphrase("a b", "A B", 2f),
                new Keyphrase("dien bien", "Điện Biên", 2f));
    }

    @Test
    void keepsAtMostTheExtractorsNumber() {
        List<Keyphrase> in = new ArrayList<>();
        for (int i = 0; i < 40; i++) in.add(new Keyphrase("k" + i, "K" + i, i));
        TagCandidates c = TagCandidates.of(in);
        assertThat(c.size()).isEqualTo(KeyphraseExtractor.MAX_CANDIDATES);
        assertThat(c.toList().get(0).key()).isEqualTo("k39");
    }

    @Test
    void noneHasNoCandidatesAndReadsBack() {
        assertThat(TagCandidates.of(List.of())).isEqualTo(TagCandidates.none());
        assertThat(TagCandidates.fromBytes(TagCandidates.none().bytes())).isEqualTo(TagCandidates.none());
        assertThat(TagCandidates.none().toList()).isEmpty();
    }

    @Test
    void rejectsBytesThatAreNotCandidates() {
        byte[] good = TagCandidates.of(List.of(new Keyphrase("dien bien", "Điện Biên", 2f))).bytes();
        assertThatThrownBy(() -> TagCandidates.fromBytes(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TagCandidates.fromBytes(Arrays.copyOf(good, good.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TagCandidates.fromBytes(Arrays.copyOf(good, good.length + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] tooMany = good.clone();
        tooMany[0] = (byte) (KeyphraseExtractor.MAX_CANDIDATES + 1);
        assertThatThrownBy(() -> TagCandidates.fromBytes(tooMany)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void bytesReadBackToTheSameCandidates(@ForAll @Size(max = 30) List<@StringLength(min = 1, max = 40) String> words,
                                          @ForAll @FloatRange(min = 0, max = 100) float score) {
        List<Keyphrase> in = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (Keyphrase.keyOf(w).isBlank() || w.isBlank()) continue;
            in.add(new Keyphrase(Keyphrase.keyOf(w), w, score + i));
        }
        TagCandidates c = TagCandidates.of(in);
        TagCandidates back = TagCandidates.fromBytes(c.bytes());
        assertThat(back).isEqualTo(c);
        assertThat(back.toList()).isEqualTo(c.toList());
        assertThat(TagCandidates.of(c.toList())).isEqualTo(c);
    }
}
