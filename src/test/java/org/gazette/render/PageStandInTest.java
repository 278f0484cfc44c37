package org.gazette.render;

import org.gazette.config.SiteConfig;
import org.gazette.content.Block;
import org.gazette.content.PublishedAt;
import org.gazette.site.Article;
import org.gazette.site.Site;
import org.gazette.site.SiteAssembler;
import org.gazette.text.StringHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article pages, lists and feeds are fingerprinted by a stand-in for their model ({@link
 * PageModels#fingerprintStandIn}): whenever two builds' models of a page differ, their stand-ins
 * must differ too, or the page would not be rendered again.
 */
class PageStandInTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dir;

    /** One build's inputs: the articles, their bodies, a category's name, the base URL, the translations. */
    private record Input(List<Article> articles, Map<String, String> bodies, String economyName, String baseUrl,
                         Map<String, String> translations) {
        Input with(Article a) {
            List<Article> all = new ArrayList<>(articles);
            all.replaceAll(x -> x.sourcePath().equals(a.sourcePath()) ? a : x);
            if (all.stream().noneMatch(x -> x.sourcePath().equals(a.sourcePath()))) all.add(a);
            return new Input(all, bodies, economyName, baseUrl, translations);
        }

        Input withBody(String source, String text) {
            Map<String, String> b = new HashMap<>(bodies);
            b.put(source, text);
            return new Input(articles, b, economyName, baseUrl, translations);
        }
    }

    private static Article article(String source, String title, String date, String category, List<String> tags,
                                   String summary, Map<String, Object> params) {
        PublishedAt p = PublishedAt.of(LocalDate.parse(date), null, VN);
        return new Article(source, title, "/" + category + "/" + source + "/", p, null, null, category, tags, summary, params);
    }

    private static Article a(String title, List<String> tags, String summary, Map<String, Object> params) {
        return article("a", title, "2023-03-20", "kinh-te", tags, summary, params);
    }

    private static final Article A = a("Bài A", List.of("Điện Biên", "cà phê"), "Tóm tắt A.", Map.of());

    private static Input base() {
        List<Article> all = List.of(A,
                article("b", "Bài B", "2023-03-25", "kinh-te", List.of("Điện Biên"), "B.", Map.of()),
                article("n", "Bài N", "2023-03-21", "kinh-te", List.of("bóng đá"), "N.", Map.of()),
                article("c", "Bài C", "2023-03-19", "kinh-te", List.of("cà phê"), "C.", Map.of()),
                article("d", "Bài D", "2023-03-22", "thoi-su", List.of("Điện Biên", "cà phê"), "D.", Map.of()));
        Map<String, String> bodies = new HashMap<>();
        for (Article x : all) bodies.put(x.sourcePath(), "Thân bài " + x.sourcePath() + ".");
        return new Input(all, bodies, "Kinh tế", "https://bao.example/", Map.of("home", "Trang chủ"));
    }

    /** Each stood-in page's fingerprints, by path: of its model, and of its stand-in. */
    private record Seen(Map<String, Long> ofModel, Map<String, Long> ofStandIn) { }

    private Seen seen(Input in) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("thoi-su", "Thời sự");
        names.put("kinh-te", in.economyName());
        Site site = SiteAssembler.assemble(SiteConfig.defaults().withBaseUrl(in.baseUrl()), in.articles(), names,
                k -> "/" + k + "/");
        BodySource bodies = new BodySource() {
            @Override
            public List<Block> body(Article article) {
                return List.of(Block.paragraph(in.bodies().getOrDefault(article.sourcePath(), "Thân bài " + article.sourcePath() + ".")));
            }

            @Override
            public long bodyHash(Article article) {
                return StringHash.of(in.bodies().getOrDefault(article.sourcePath(), "Thân bài " + article.sourcePath() + "."));
            }
        };
        SitePlan plan = PagePlanner.plan(site, false);
        PageModels models = new PageModels(site, new Links(in.baseUrl(), false), in.translations(), bodies, plan, false);
        PageFingerprints fingerprints = new PageFingerprints(7, Theme.resolve(dir, "default"), models);
        Map<String, Long> ofModel = new HashMap<>();
        Map<String, Long> ofStandIn = new HashMap<>();
        java.util.Set<PageKind> stoodIn = java.util.EnumSet.noneOf(PageKind.class);
        for (Page p : plan.pages()) {
            Map<String, Object> standIn = models.fingerprintStandIn(p);
            if (standIn == null) continue;
            stoodIn.add(p.kind());
            ofModel.put(p.path(), fingerprints.of(models.model(p)));
            ofStandIn.put(p.path(), fingerprints.of(standIn));
        }
        assertThat(stoodIn).contains(PageKind.ARTICLE, PageKind.HOME, PageKind.CATEGORY, PageKind.TAG,
                PageKind.ARCHIVE_MONTH, PageKind.RSS, PageKind.ATOM, PageKind.TAGS);
        return new Seen(ofModel, ofStandIn);
    }

    @Test
    void pagesWhoseModelsDifferHaveStandInsThatDiffer() {
        Input base = base();
        List<Seen> variants = List.of(
                seen(base),
                seen(base()),
                seen(base.with(a("Bài Ă", List.of("Điện Biên", "cà phê"), "Tóm tắt A.", Map.of()))),
                seen(base.with(a("Bài A", List.of("Điện Biên", "cà phê"), "Tóm tắt khác.", Map.of()))),
                seen(base.with(a("Bài A", List.of("Điện Biên"), "Tóm tắt A.", Map.of()))),
                seen(base.with(a("Bài A", List.of("Điện Biên", "cà phê"), "Tóm tắt A.", Map.of("rank", 1)))),
                seen(base.withBody("a", "Thân bài khác.")),
                // what the page shows of others: its neighbours in the category, its related articles
                seen(base.with(article("b", "Bài B mới", "2023-03-25", "kinh-te", List.of("Điện Biên"), "B.", Map.of()))),
                seen(base.with(article("n", "Bài N mới", "2023-03-21", "kinh-te", List.of("bóng đá"), "N.", Map.of()))),
                seen(base.with(article("e", "Bài E", "2023-03-23", "thoi-su", List.of("Điện Biên", "cà phê"), "E.", Map.of()))),
                // a tag gets its page, or is spelled another way by most of its articles
                seen(base.with(article("e", "Bài E", "2023-03-23", "thoi-su", List.of("bóng đá"), "E.", Map.of()))),
                seen(base.with(article("b", "Bài B", "2023-03-25", "kinh-te", List.of("ĐIỆN BIÊN"), "B.", Map.of()))
                        .with(article("d", "Bài D", "2023-03-22", "thoi-su", List.of("ĐIỆN BIÊN", "cà phê"), "D.", Map.of()))),
                // the site around it
                seen(new Input(base.articles(), base.bodies(), "Kinh doanh", base.baseUrl(), base.translations())),
                seen(new Input(base.articles(), base.bodies(), base.economyName(), "https://khac.example/", base.translations())),
                seen(new Input(base.articles(), base.bodies(), base.economyName(), base.baseUrl(), Map.of("home", "Trang đầu"))));
        assertThat(variants.get(0)).as("the same input twice").isEqualTo(variants.get(1));
        int differing = 0;
        for (int i = 0; i < variants.size(); i++) {
            for (int j = i + 1; j < variants.size(); j++) {
                Seen x = variants.get(i);
                Seen y = variants.get(j);
                for (String path : x.ofModel().keySet()) {
                    if (!y.ofModel().containsKey(path) || x.ofModel().get(path).equals(y.ofModel().get(path))) continue;
                    differing++;
                    assertThat(x.ofStandIn().get(path)).as("%s in variants %d and %d", path, i, j)
                            .isNotEqualTo(y.ofStandIn().get(path));
                }
            }
        }
        assertThat(differing).as("pairs of pages whose models differ").isGreaterThan(100);
    }
}
