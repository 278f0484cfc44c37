package org.gazette.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PageFingerprintsTest {
    @TempDir
    Path dir;

    private static Views.CardView card(String title, List<Views.TermRef> tags) {
        return new Views.CardView(title, "/a/", "2023-03-24", "24/03/2023", "24/3", "/archive/2023/03/",
                new Views.TermRef("Thời sự", "/thoi-su/", true), "Tóm tắt", null, null, tags);
    }

    private static Map<String, Object> model(String title, String tag, Map<String, Object> params) {
        Map<String, Object> m = new HashMap<>();
        m.put("t", Map.of("home", "Trang chủ"));
        m.put("url", (TemplateMethodModelEx) args -> new SimpleScalar("/x/"));
        m.put("article", new Views.ArticleView(card(title, List.of(new Views.TermRef(tag, "/tags/x/", true))),
                List.of(new Views.BlockView("paragraph", "Đoạn một.")), params, List.of(), null, null, null));
        return m;
    }

    private PageFingerprints fingerprints(long seed) {
        return new PageFingerprints(seed, Theme.resolve(dir, "default"), card -> 0);
    }

    @Test
    void theSameModelHasTheSameFingerprintAndAnyChangeAnother() {
        PageFingerprints f = fingerprints(1);
        long a = f.of(model("Điện Biên", "đảng viên", Map.of("rank", 1)));
        assertThat(a).isNotEqualTo(PageFingerprints.NONE);
        assertThat(f.of(model("Điện Biên", "đảng viên", Map.of("rank", 1)))).isEqualTo(a);
        assertThat(f.of(model("Điện Biên Phủ", "đảng viên", Map.of("rank", 1)))).as("title").isNotEqualTo(a);
        assertThat(f.of(model("Điện Biên", "Đảng viên", Map.of("rank", 1)))).as("a tag deep inside").isNotEqualTo(a);
        assertThat(f.of(model("Điện Biên", "đảng viên", Map.of("rank", 2)))).as("a param").isNotEqualTo(a);
        assertThat(f.of(model("Điện Biên", "đảng viên", Map.of("rank", "1")))).as("a param's type").isNotEqualTo(a);
        assertThat(fingerprints(2).of(model("Điện Biên", "đảng viên", Map.of("rank", 1)))).as("the seed").isNotEqualTo(a);
    }

    @Test
    void mapOrderAndFunctionInstancesDoNotCount() {
        PageFingerprints f = fingerprints(1);
        Map<String, Object> p1 = new LinkedHashMap<>();
        p1.put("a", 1);
        p1.put("b", 2);
        Map<String, Object> p2 = new LinkedHashMap<>();
        p2.put("b", 2);
        p2.put("a", 1);
        // each model has its own function objects, as each page does
        assertThat(f.of(model("T", "x", p1))).isEqualTo(f.of(model("T", "x", p2)));
    }

    @Test
    void aTemplateChangeChangesEveryFingerprint() throws Exception {
        Path theme = dir.resolve("themes/mine/templates");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("article.ftlh"), "<p>${article.meta.title}</p>");
        long before = new PageFingerprints(1, Theme.resolve(dir, "mine"), card -> 0).of(model("T", "x", Map.of()));
        Files.writeString(theme.resolve("article.ftlh"), "<h1>${article.meta.title}</h1>");
        long after = new PageFingerprints(1, Theme.resolve(dir, "mine"), card -> 0).of(model("T", "x", Map.of()));
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aValueOfAnUnknownKindLeavesThePageWithoutFingerprint() {
        Map<String, Object> m = model("T", "x", Map.of("when", new java.util.Date(0)));
        assertThat(fingerprints(1).of(m)).isEqualTo(PageFingerprints.NONE);
    }

    private static Map<String, Object> withBody(List<Views.BlockView> body) {
        Map<String, Object> m = new HashMap<>();
        m.put("article", new Views.ArticleView(card("T", List.of()), body, Map.of(), List.of(), null, null, null));
        return m;
    }

    @Test
    void aBodyKnownByItsHashCountsByTheHashAndIsNotFetched() {
        PageFingerprints f = fingerprints(1);
        java.util.function.Supplier<List<org.gazette.content.Block>> never = () -> {
            throw new AssertionError("the body was fetched");
        };
        long a = f.of(withBody(new BodyView(never, 42)));
        assertThat(f.of(withBody(new BodyView(never, 42)))).isEqualTo(a);
        assertThat(f.of(withBody(new BodyView(never, 43)))).isNotEqualTo(a);
    }

    @Test
    void aBodyWithoutHashIsFetchedAndCountsByItsText() {
        PageFingerprints f = fingerprints(1);
        List<org.gazette.content.Block> blocks = List.of(org.gazette.content.Block.paragraph("Đoạn một."));
        long fetched = f.of(withBody(new BodyView(() -> blocks, 0)));
        assertThat(fetched).isEqualTo(f.of(withBody(List.of(new Views.BlockView("paragraph", "Đoạn một.")))));
        assertThat(f.of(withBody(new BodyView(() -> List.of(org.gazette.content.Block.paragraph("Đoạn hai.")), 0))))
                .isNotEqualTo(fetched);
    }

    @Test
    void aCardHashedOnceStillTellsCardsApart() {
        PageFingerprints f = fingerprints(1);
        Views.CardView one = card("Một", List.of());
        Map<String, Object> m1 = Map.of("list", List.of(one, one));
        long first = f.of(m1);
        assertThat(f.of(m1)).as("the card again, from the table").isEqualTo(first);
        assertThat(f.of(Map.of("list", List.of(card("Một", List.of()), card("Một", List.of())))))
                .as("an equal card, another object").isEqualTo(first);
        assertThat(f.of(Map.of("list", List.of(one, card("Hai", List.of()))))).isNotEqualTo(first);
    }

    @Test
    void aDerivedListIsNeitherComputedNorCounted() {
        PageFingerprints f = fingerprints(1);
        int[] computed = {0};
        Map<String, Object> m = model("Điện Biên", "đảng viên", Map.of());
        long without = f.of(m);
        m.put("ld", new DerivedList<>(() -> {
            computed[0]++;
            return List.of("{}");
        }));
        long with = f.of(m);
        assertThat(computed[0]).isZero();
        m.put("ld", new DerivedList<>(() -> List.of("{\"other\":1}")));
        assertThat(f.of(m)).as("its content does not count").isEqualTo(with).isNotEqualTo(without);
    }
}
