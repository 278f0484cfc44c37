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
            list.add(new Article("a" + i, "Bài " + i, "/tin/bai-" + i + "/", null, null, null, "tin",
                    List.of(), "", Map.of()));
        }
        return SiteAssembler.assemble(SiteConfig.defaults(), list, Map.of("tin", "Tin"), k -> "/" + k + "/");
    }

    @Test
    void aBigSiteGetsASitemapIndexWithPartsWithinTheLimit() {
        SitePlan plan = PagePlanner.plan(site(95), true, 40);
        List<Page> maps = plan.pages().stream().filter(p -> p.kind() == PageKind.SITEMAP).toList();
        Page index = plan.pages().stream().filter(p -> p.kind() == PageKind.SITEMAP_INDEX).findFirst().orElseThrow();
        assertThat(index.path()).isEqualTo("/sitemap.xml");
        assertThat(maps).extracting(Page::path).containsExactly("/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml");
        assertThat(plan.listed().size()).isGreaterThan(80).isLessThanOrEqualTo(3 * 40);
    }

    @Test
    void aSmallSiteHasOneSitemapAndEveryPagePathIsUnique() {
        SitePlan plan = PagePlanner.plan(site(5), true);
        assertThat(plan.pages().stream().filter(p -> p.kind() == PageKind.SITEMAP)).hasSize(1);
        assertThat(plan.pages().stream().filter(p -> p.kind() == PageKind.SITEMAP_INDEX)).isEmpty();
        assertThat(plan.pages()).extracting(Page::path).doesNotHaveDuplicates();
        assertThat(plan.listed()).noneMatch(p -> p.kind() == PageKind.NOT_FOUND);
    }
}
