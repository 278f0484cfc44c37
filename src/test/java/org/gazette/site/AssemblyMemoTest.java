package org.gazette.site;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gazette.config.SiteConfig;
import org.gazette.content.PublishedAt;
import org.gazette.text.KeyMemo;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A site assembled with an earlier build's memo is the site assembled without one. */
class AssemblyMemoTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>(Map.of("a", "A", "b", "B"));

    /** Remembers what it is told, as the build's cache file does, and counts what it gave back. */
    private static final class Recorded implements AssemblyMemo {
        long[] order;
        long inputs;
        int[] related;
        int ordersGiven;
        int relatedGiven;

        @Override
        public long[] order() {
            if (order != null) ordersGiven++;
            return order;
        }

        @Override
        public int[] related(long in) {
            if (related == null || in != inputs) return null;
            relatedGiven++;
            return related;
        }

        @Override
        public void keep(long[] order, long relatedInputs, int[] related) {
            this.order = order.clone();
            this.inputs = relatedInputs;
            this.related = related.clone();
        }
    }

    private static Site assemble(List<Article> articles, AssemblyMemo memo) {
        return SiteAssembler.assemble(SiteConfig.defaults(), articles, CATEGORIES, k -> "/" + k + "/", new KeyMemo(), memo);
    }

    private static Article article(int n, String title, PublishedAt date, String category, List<String> tags) {
        return new Article("f" + n + ".txt", title, "/p" + n + "/", date, null, null, category, tags, "", Map.of());
    }

    @Provide
    Arbitrary<Article> articles() {
        Arbitrary<String> title = Arbitraries.of("Đà Nẵng", "đà nẵng", "Da Nang", "Bão", "báo", "Ăn");
        Arbitrary<PublishedAt> date = Arbitraries.of(0, 1, 2, 3).flatMap(day -> Arbitraries.of(-1, 7).map(hour -> day == 3 ? null
                : PublishedAt.of(LocalDate.of(2023, 3, 20 + day), hour < 0 ? null : LocalTime.of(hour, 0), VN)));
        Arbitrary<List<String>> tags = Arbitraries.of("Điện Biên", "điện biên", "mưa", "bão", "lũ", "cà phê").list().ofMaxSize(4);
        return Combinators.combine(Arbitraries.integers().between(0, 40), title, date, Arbitraries.of("a", "b"), tags)
                .as(AssemblyMemoTest::article);
    }

    @Provide
    Arbitrary<List<Article>> archives() {
        return articles().list().ofMaxSize(50).uniqueElements(Article::sourcePath);
    }

    /**
     * An earlier build of another archive (the same with one article edited, added or removed, or
     * unrelated) leaves a memo that this build takes only where it fits.
     */
    @Property
    void theMemoOfAnotherArchiveNeverChangesTheSite(@ForAll("archives") List<Article> before, @ForAll("articles") Article edit,
                                                     @ForAll("archives") List<Article> other) {
        List<Article> after = new ArrayList<>(before);
        after.removeIf(a -> a.sourcePath().equals(edit.sourcePath()));
        if (after.size() == before.size() || edit.title().startsWith("Đ")) after.add(edit); // edited, or added; else removed
        for (List<Article> earlier : List.of(before, other)) {
            Recorded memo = new Recorded();
            assemble(earlier, memo);
            assertThat(assemble(after, memo)).isEqualTo(assemble(after, AssemblyMemo.NONE));
        }
    }

    @Test
    void theSameArchiveTakesBothOrderAndRelatedFromTheMemo() {
        PublishedAt day = PublishedAt.of(LocalDate.of(2023, 3, 24), null, VN);
        List<Article> archive = List.of(
                article(1, "Bão", day, "a", List.of("mưa", "lũ")),
                article(2, "Ăn", day, "a", List.of("mưa", "lũ")),
                article(3, "Da Nang", null, "b", List.of("mưa")));
        Recorded memo = new Recorded();
        Site first = assemble(archive, memo);
        assertThat(memo.ordersGiven + memo.relatedGiven).isZero();
        Site second = assemble(List.of(archive.get(2), archive.get(0), archive.get(1)), memo);
        assertThat(second).isEqualTo(first);
        assertThat(memo.ordersGiven).isPositive();
        assertThat(memo.relatedGiven).isEqualTo(1);
        assertThat(second.related().of(0)).containsExactly(1, 2);

        // a memo naming one article twice (and so missing another) is not an order
        memo.order[2] = memo.order[0];
        memo.related = null;
        assertThat(assemble(archive, memo)).isEqualTo(first);
    }
}
