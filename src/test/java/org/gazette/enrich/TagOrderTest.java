package org.gazette.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.gazette.text.Folding;
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

    /** Names that fold to shared keys ({@code Điện Biên}, {@code điện biên}, {@code Dien Bien}), and others. */
    private static final List<String> NAMES = List.of("Điện Biên", "điện biên", "Dien Bien", "Tô Lâm", "Đảng viên",
            "đảng viên", "bão", "báo", "Hà Nội", "kinh tế", "Kinh tế", "a", "b");

    @Property(tries = 300)
    void ordersAsSortingEveryArticleByItsTagsUsefulnessWould(
            @ForAll @Size(max = 30) List<@Size(max = 6) List<@IntRange(min = 0, max = 12) Integer>> picks,
            @ForAll @IntRange(min = 0, max = 4) int minTagArticles) {
        List<List<String>> tags = picks.stream().map(p -> p.stream().map(NAMES::get).toList()).toList();
        assertThat(TagOrder.byUsefulness(tags, minTagArticles)).isEqualTo(sortedPlainly(tags, minTagArticles));
    }

    /** The order spelled out: counts by key with a set per article, then a stable sort by usefulness. */
    private static List<List<String>> sortedPlainly(List<List<String>> tags, int minTagArticles) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> article : tags) {
            Set<String> seen = new HashSet<>();
            for (String tag : article) if (seen.add(Folding.key(tag))) df.merge(Folding.key(tag), 1, Integer::sum);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> article : tags) {
            List<String> sorted = new ArrayList<>(article);
            sorted.sort(Comparator.comparingDouble(t -> -TagOrder.usefulness(df.get(Folding.key(t)), tags.size(), minTagArticles)));
            out.add(sorted);
        }
        return out;
    }
}
