package org.gazette.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.gazette.text.FoldedWords;
import org.junit.jupiter.api.Test;

class CategoryFeaturesTest {

    @Test
    void countsEverySyllableAndEveryPairOfNeighbours() {
        int[] f = CategoryFeatures.of(new FoldedWords().add("kinh tế"), new FoldedWords().add("kinh tế tăng"));
        // kinh, kinh+tế, tế, tế+kinh, kinh, kinh+tế, tế, tế+tăng, tăng
        assertThat(f).hasSize(9);
        assertThat(f[0]).isEqualTo(f[4]);
        assertThat(f[1]).isEqualTo(f[5]).isNotEqualTo(f[0]);
        assertThat(java.util.Arrays.stream(f)).allSatisfy(b -> assertThat(b).isBetween(0, CategoryFeatures.BUCKETS - 1));
    }

    @Test
    void readsCaseAndDiacriticsAlike() {
        assertThat(CategoryFeatures.of(new FoldedWords().add("KINH TẾ Việt Nam")))
                .isEqualTo(CategoryFeatures.of(new FoldedWords().add("kinh te viet nam")));
        assertThat(CategoryFeatures.of(new FoldedWords())).isEmpty();
    }
}
