package org.gazette.render;

import org.gazette.config.SiteConfig;
import org.gazette.content.PublishedAt;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.SiteAssembler;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A card's hash is made of what the card is made of, without building it: it must tell apart any two cards that differ. */
class CardsTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Map<String, String> T = Map.of("home", "Trang chủ");

    private static Article article(String source, String title, String date, String author, String category,
                                   List<String> tags, String summary) {
        PublishedAt p = date == null ? null : PublishedAt.of(LocalDate.parse(date), null, VN);
        return new Article(source, title, "/" + category + "/" + source + "/", p, author, null, category, tags, summary, Map.of());
    }

    private static Site site(List<Article> articles, String economyName) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("thoi-su", "Thời sự");
        names.put("kinh-te", economyName);
        return SiteAssembler.assemble(SiteConfig.defaults(), articles, names, k -> "/" + k + "/");
    }

    private static List<Article> others() {
        return List.of(article("b", "Bài B", "2023-03-24", null, "thoi-su", List.of("Điện Biên"), "B."),
                article("c", "Bài C", null, null, "thoi-su", List.of("Điện Biên", "cà phê"), "C."));
    }

    private static Site with(Article a, String economyName, Article... more) {
        List<Article> all = new ArrayList<>(others());
        all.add(a);
        all.addAll(List.of(more));
        return site(all, economyName);
    }

    private static final Article A = article("a", "Bài A", "2021-05-01", "Minh Anh", "kinh-te",
            List.of("Điện Biên", "cà phê"), "Tóm tắt.");

    /** The card of article {@code a} on a site and its hash, read the way page fingerprints read it. */
    private record Seen(Views.CardView card, long hash) { }

    private static Seen seen(Site site) {
        Cards cards = new Cards(site, T);
        for (int i = 0; i < site.articles().size(); i++) {
            if (site.articles().get(i).sourcePath().equals("a")) {
                Views.CardView card = cards.card(i);
                return new Seen(card, cards.hashOf(card));
            }
        }
        throw new AssertionError("no article a");
    }

    @Test
    void theSameSiteGivesTheSameHashWithoutBuildingTheCardFirst() {
        Site site = with(A, "Kinh tế");
        Cards cards = new Cards(site, T);
        int index = site.articles().indexOf(A);
        long before = cards.hashOf(new Cards(site, T).card(index)); // a card built elsewhere, an equal one
        assertThat(before).isNotZero().isEqualTo(seen(with(A, "Kinh tế")).hash());
        assertThat(cards.hashOf(cards.card(index))).isEqualTo(before);
    }

    @Test
    void cardsThatDifferHaveHashesThatDiffer() {
        List<Seen> variants = List.of(
                seen(with(A, "Kinh tế")),
                seen(with(article("a", "Bài Ă", "2021-05-01", "Minh Anh", "kinh-te", List.of("Điện Biên", "cà phê"), "Tóm tắt."), "Kinh tế")),
                seen(with(article("a", "Bài A", "2021-05-02", "Minh Anh", "kinh-te", List.of("Điện Biên", "cà phê"), "Tóm tắt."), "Kinh tế")),
                seen(with(article("a", "Bài A", null, "Minh Anh", "kinh-te", List.of("Điện Biên", "cà phê"), "Tóm tắt."), "Kinh tế")),
                seen(with(article("a", "Bài A", "2021-05-01", null, "kinh-te", List.of("Điện Biên", "cà phê"), "Tóm tắt."), "Kinh tế")),
                seen(with(article("a", "Bài A", "2021-05-01", "Minh Anh", "thoi-su", List.of("Điện Biên", "cà phê"), "Tóm tắt."), "Kinh tế")),
                seen(with(article("a", "Bài A", "2021-05-01", "Minh Anh", "kinh-te", List.of("điện biên", "cà phê"), "Tóm tắt."), "Kinh tế")),
                seen(with(article("a", "Bài A", "2021-05-01", "Minh Anh", "kinh-te", List.of("cà phê", "Điện Biên"), "Tóm tắt."), "Kinh tế")),
                seen(with(article("a", "Bài A", "2021-05-01", "Minh Anh", "kinh-te", List.of("Điện Biên", "cà phê"), "Tóm tắt"), "Kinh tế")),
                // what the card links to: the category's name, whether a tag has a page
                seen(with(A, "Kinh doanh")),
                seen(site(List.of(others().get(0), article("c", "Bài C", null, null, "thoi-su", List.of("Điện Biên"), "C."), A),
                        "Kinh tế")));
        for (int i = 0; i < variants.size(); i++) {
            for (int j = i + 1; j < variants.size(); j++) {
                assertThat(variants.get(i).card()).as("variants %d and %d", i, j).isNotEqualTo(variants.get(j).card());
                assertThat(variants.get(i).hash()).as("variants %d and %d", i, j).isNotEqualTo(variants.get(j).hash());
            }
        }
    }

    @Test
    void aCardDoesNotChangeWhenArticlesJoinItsTagsOrCategory() {
        Seen before = seen(with(A, "Kinh tế"));
        Seen after = seen(with(A, "Kinh tế", article("d", "Bài D", "2020-01-01", null, "kinh-te", List.of("cà phê", "Điện Biên"), "D.")));
        assertThat(after.card()).isEqualTo(before.card());
        assertThat(after.hash()).isEqualTo(before.hash());
    }

    @Test
    void aCardOfNoSiteArticleHasNoHashOfItsOwn() {
        Site site = with(A, "Kinh tế");
        Cards cards = new Cards(site, T);
        Article copy = article("a-copy", "Bài A", "2021-05-01", null, "kinh-te", List.of(), "Tóm tắt.");
        assertThat(cards.hashOf(cards.card(copy))).isZero();
    }
}
