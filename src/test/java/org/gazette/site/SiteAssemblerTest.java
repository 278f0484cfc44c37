package org.gazette.site;

import org.gazette.config.SiteConfig;
import org.gazette.content.PublishedAt;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SiteAssemblerTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private static Article article(String path, String title, String date, String category, List<String> tags) {
        PublishedAt p = date == null ? null : PublishedAt.of(LocalDate.parse(date), null, VN);
        return new Article(path, title, "/" + category + "/" + path + "/", p, null, null, category, tags, "", Map.of());
    }

    private static Site assemble(List<Article> articles) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("thoi-su", "Thời sự");
        names.put("kinh-te", "Kinh tế");
        return SiteAssembler.assemble(SiteConfig.defaults(), articles, names, k -> "/" + k + "/");
    }

    private final List<Article> articles = List.of(
            article("a", "Bài A", "2021-05-01", "kinh-te", List.of("Điện Biên", "cà phê")),
            article("b", "Bài B", "2023-03-24", "thoi-su", List.of("điện biên")),
            article("c", "Bài C", null, "thoi-su", List.of("Điện Biên")),
            article("d", "Bài Ă", null, "kinh-te", List.of()));

    @Test
    void ordersNewestFirstThenUndatedByTitle() {
        Site site = assemble(articles);
        assertThat(site.articles()).extracting(Article::sourcePath).containsExactly("b", "a", "d", "c");
    }

    @Test
    void orderDoesNotDependOnInputOrder() {
        List<Article> shuffled = new ArrayList<>(articles);
        Collections.reverse(shuffled);
        assertThat(assemble(shuffled)).isEqualTo(assemble(articles));
    }

    @Test
    void tagVariantsMergeUnderTheMostFrequentSpelling() {
        Site site = assemble(articles);
        Term dienBien = site.tags().get("dien bien");
        assertThat(dienBien.name()).isEqualTo("Điện Biên");
        assertThat(dienBien.count()).isEqualTo(3);
        assertThat(dienBien.path()).isEqualTo("/tag/dien-bien/");
        assertThat(dienBien.hasPage()).isTrue();
        assertThat(site.tags().get("ca phe").hasPage()).as("one article is below minTagArticles").isFalse();
    }

    @Test
    void archiveGroupsByYearAndMonthNewestFirstWithUndatedApart() {
        Site site = assemble(articles);
        assertThat(site.archive().years()).extracting(Archive.Year::year).containsExactly(2023, 2021);
        assertThat(site.archive().years().get(0).months()).extracting(Archive.Month::month).containsExactly(3);
        assertThat(site.archive().years().get(1).months().get(0).articles()).containsExactly(1);
        assertThat(site.archive().undated()).containsExactly(2, 3);
    }

    @Test
    void relatedArticlesOfALargeArchiveAreScoredInParallelAsOneThreadWould() {
        // many blocks of parallel work; each article's best are those sharing its rarest tags
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 9_000; i++) {
            String day = LocalDate.of(2020, 1, 1).plusDays(i / 3).toString();
            many.add(article("p" + i, "Bài " + i, day, i % 2 == 0 ? "thoi-su" : "kinh-te",
                    List.of("nhóm " + i % 7, "cặp " + i / 2, "chung")));
        }
        Site site = assemble(many);
        assertThat(assemble(many).related()).as("the same every time").isEqualTo(site.related());
        for (int i = 0; i < site.articles().size(); i++) {
            Article a = site.articles().get(i);
            int[] related = site.related().of(i);
            assertThat(related).hasSize(Related.COUNT).doesNotContain(i);
            // its pair partner shares the rarest tag (two articles), so it comes first
            String pair = a.tags().get(1);
            assertThat(site.articles().get(related[0]).tags()).as(a.sourcePath()).contains(pair);
        }
    }

    @Test
    void relatedArticlesShareTagsAndNeverIncludeTheArticleItself() {
        Site site = assemble(articles);
        // b (index 0), a (1) and c (3) share "Điện Biên"; d (2) shares nothing.
        assertThat(site.related().of(0)).containsExactlyInAnyOrder(1, 3);
        assertThat(site.related().of(2)).isEmpty();
        for (int i = 0; i < site.articles().size(); i++) assertThat(site.related().of(i)).doesNotContain(i);
    }

    @Test
    void categoriesKeepTheConfiguredOrderAndSiteOrderInside() {
        Site site = assemble(articles);
        assertThat(site.categories()).extracting(Term::name).containsExactly("Thời sự", "Kinh tế");
        Term thoiSu = site.category("thoi-su");
        assertThat(thoiSu.articles()).containsExactly(0, 3);
    }
}
