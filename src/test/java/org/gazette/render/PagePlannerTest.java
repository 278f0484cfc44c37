package org.gazette.render;

import org.gazette.config.SiteConfig;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.SiteAssembler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PagePlannerTest {
    private static Site site(int articles) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            list.add(new Article("a" + i, "Bài " + i, "/tin/bai-" + i + "/", null, null, null, i % 2 == 0 ? "tin" : "the-thao",
                    i % 3 == 0 ? List.of("Hà Nội", "Bóng đá") : List.of("Hà Nội"), "", Map.of()));
        }
        return SiteAssembler.assemble(SiteConfig.defaults(), list, Map.of("tin", "Tin", "the-thao", "Thể thao"), k -> "/" + k + "/");
    }

    @Test
    void aBigSiteGetsASitemapIndexWithPartsWithinTheLimit() {
        SitePlan plan = PagePlanner.plan(site(95), true, 40);
        List<Page> maps = plan.pages().stream().filter(p -> p.kind() == PageKind.SITEMAP).toList();
        Page index = plan.pages().stream().filter(p -> p.kind() == PageKind.SITEMAP_INDEX).findFirst().orElseThrow();
        assertThat(index.path()).isEqualTo("/sitemap.xml");
        int parts = (plan.listed().size() + 39) / 40;
        assertThat(parts).isGreaterThan(2);
        assertThat(maps).extracting(Page::path).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, parts).mapToObj(n -> "/sitemap-" + n + ".xml").toList());
        assertThat(index.total()).isEqualTo(parts);
    }

    @Test
    void aSmallSiteHasOneSitemapAndEveryPagePathIsUnique() {
        SitePlan plan = PagePlanner.plan(site(5), true);
        assertThat(plan.pages().stream().filter(p -> p.kind() == PageKind.SITEMAP)).hasSize(1);
        assertThat(plan.pages().stream().filter(p -> p.kind() == PageKind.SITEMAP_INDEX)).isEmpty();
        assertThat(plan.pages()).extracting(Page::path).doesNotHaveDuplicates();
        assertThat(plan.listed()).noneMatch(p -> p.kind() == PageKind.NOT_FOUND);
    }

    @Test
    void everyListIsPaginatedInOrderAndTheSitemapListsTheListedPagesInPlanOrder() {
        SitePlan plan = PagePlanner.plan(site(95), true, 40);
        int per = SiteConfig.defaults().paginate();
        List<Page> pages = plan.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            if (p.number() > 1) {
                Page before = pages.get(i - 1);
                assertThat(before.kind()).isEqualTo(p.kind());
                assertThat(before.term()).isEqualTo(p.term());
                assertThat(before.number()).isEqualTo(p.number() - 1);
            }
            if (p.kind() == PageKind.HOME || p.kind() == PageKind.TAG || p.kind() == PageKind.CATEGORY) {
                int items = p.term() == null ? 95 : p.term().count();
                assertThat(p.total()).isEqualTo((items + per - 1) / per);
                assertThat(p.path()).isEqualTo(org.gazette.config.Layout.pagePath(p.term() == null ? "/" : p.term().path(), p.number()));
            }
        }
        assertThat(pages.stream().filter(p -> p.kind() == PageKind.HOME)).hasSize((95 + per - 1) / per);
        assertThat(pages.stream().filter(p -> p.kind() == PageKind.TAG).map(Page::term).distinct()).hasSize(2);
        assertThat(pages.stream().filter(p -> p.kind() == PageKind.ARTICLE)).extracting(Page::index)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 95).boxed().toList());
        assertThat(plan.listed()).containsExactlyElementsOf(pages.stream().filter(p -> p.kind().listed()).toList());
        assertThat(pages.stream().filter(p -> p.kind() == PageKind.RSS)).hasSize(1 + 2 + 2);
        assertThat(pages.get(pages.size() - 1).kind()).isEqualTo(PageKind.ROBOTS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pages.get(pages.size()))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
