package org.gazette.site;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gazette.content.PublishedAt;

import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleOrderTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Few dates and times, so that many articles tie on the date; titles with and without marks and capitals. */
    @Provide
    Arbitrary<List<Article>> archives() {
        Arbitrary<String> title = Arbitraries.of("Đà Nẵng", "đà nẵng", "Da Nang", "Điện Biên", "điện biên", "Dien Bien",
                "Ăn", "ăn", "An", "Bão", "báo", "Bao", "Z", "ả").list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l));
        Arbitrary<PublishedAt> date = Arbitraries.of(0, 1, 2, 3).flatMap(day -> Arbitraries.of(-1, 7).map(hour -> day == 3 ? null
                : PublishedAt.of(LocalDate.of(2023, 3, 20 + day), hour < 0 ? null : LocalTime.of(hour, 0), VN)));
        return Arbitraries.integers().between(0, 1_000_000).flatMap(seed -> title.flatMap(t -> date.map(d ->
                new Article("f" + seed + ".txt", t, "/p" + seed + "/", d, null, null, "c", List.of(), "", Map.of()))))
                .list().ofMaxSize(60).uniqueElements(Article::sourcePath);
    }

    @Property
    void isNewestFirstThenUndatedEachByCollatedTitleThenPath(@ForAll("archives") List<Article> articles) {
        Collator collator = Collator.getInstance(VI);
        collator.setStrength(Collator.TERTIARY);
        Comparator<Article> expected = Comparator.<Article, Boolean>comparing(a -> !a.dated())
                .thenComparing(a -> a.dated() ? -a.published().epochSecond() : 0)
                .thenComparing(Article::title, collator)
                .thenComparing(Article::sourcePath);
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(expected);
        assertThat(ArticleOrder.sorted(articles, VI)).containsExactlyElementsOf(sorted);
        assertThat(ArticleOrder.sorted(articles, VI, 2)).as("long runs collated pair by pair").containsExactlyElementsOf(sorted);
    }
}
