package org.gazette.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagOrderTest {

    @Test
    void putsTagsWithoutAPageLastAndTagsOfNearlyEveryArticleAfterSharedOnes() {
        List<List<String>> tags = List.of(
                List.of("Tô Lâm", "đảng viên", "Điện Biên", "Công an nhân dân"),
                List.of("đảng viên", "Điện Biên", "Công an nhân dân"),
                List.of("đảng viên", "Điện Biên"),
                List.of("Đảng viên"));
        List<List<String>> sorted = TagOrder.byUsefulness(tags, 2);
        assertThat(sorted.get(0)).containsExactly("Công an nhân dân", "Điện Biên", "đảng viên", "Tô Lâm");
        assertThat(sorted.get(3)).containsExactly("Đảng viên");
    }

    @Test
    void keepsTheTaggersOrderBetweenEquallyUsefulTags() {
        List<List<String>> tags = List.of(List.of("b", "a", "c"), List.of("a", "b"), List.of("c"));
        assertThat(TagOrder.byUsefulness(tags, 2).get(0)).containsExactly("b", "a", "c");
    }

    @Test
    void ranksByArticlesUntilATagIsInNearlyAll() {
        assertThat(TagOrder.usefulness(50, 1000, 2)).isGreaterThan(TagOrder.usefulness(5, 1000, 2));
        assertThat(TagOrder.usefulness(990, 1000, 2)).isLessThan(TagOrder.usefulness(50, 1000, 2));
        assertThat(TagOrder.usefulness(1, 1000, 2)).isNegative();
    }
}
