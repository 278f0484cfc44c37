package org.gazette.config;

import org.gazette.diag.Diagnostic;
import org.gazette.diag.GazetteException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    private final List<Diagnostic> warnings = new ArrayList<>();

    @Test
    void readsEveryKnownKey() {
        SiteConfig c = ConfigLoader.parse("""
                title: Báo Mẫu
                description: Tin tức
                language: en
                timezone: Europe/London
                baseUrl: https://example.org/archive/
                paginate: 7
                permalink: /{year}/{slug}/
                defaultCategory: news
                minTagArticles: 3
                portable: true
                categories:
                  kinh-te: Kinh tế
                  the-thao: Thể thao
                rawText:
                  chrome: [Quảng cáo]
                """, warnings::add);
        assertThat(c.title()).isEqualTo("Báo Mẫu");
        assertThat(c.language()).isEqualTo("en");
        assertThat(c.timezone().getId()).isEqualTo("Europe/London");
        assertThat(c.baseUrl()).isEqualTo("https://example.org/archive/");
        assertThat(c.paginate()).isEqualTo(7);
        assertThat(c.permalink()).isEqualTo("/{year}/{slug}/");
        assertThat(c.minTagArticles()).isEqualTo(3);
        assertThat(c.portable()).isTrue();
        assertThat(c.categories()).containsExactly(java.util.Map.entry("kinh-te", "Kinh tế"),
                java.util.Map.entry("the-thao", "Thể thao"));
        assertThat(c.rawText()).containsEntry("chrome", List.of("Quảng cáo"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void emptyFileGivesDefaults() {
        assertThat(ConfigLoader.parse("", warnings::add)).isEqualTo(SiteConfig.defaults());
        assertThat(SiteConfig.defaults().timezone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
    }

    @Test
    void unknownKeysAreWarnedAndKeptAsParams() {
        SiteConfig c = ConfigLoader.parse("title: X\nfacebookPage: abc\n", warnings::add);
        assertThat(c.params()).containsEntry("facebookPage", "abc");
        assertThat(warnings).singleElement().satisfies(d -> assertThat(d.toString())
                .contains("site.yaml").contains("facebookPage"));
    }

    @Test
    void brokenYamlNamesFileAndLine() {
        assertThatThrownBy(() -> ConfigLoader.parse("title: X\ncategories:\n  a: [b\n", warnings::add))
                .isInstanceOf(GazetteException.class)
                .hasMessageStartingWith("site.yaml:")
                .hasMessageContaining("invalid YAML");
    }

    @Test
    void rejectsWrongTypesWithTheKeyName() {
        assertThatThrownBy(() -> ConfigLoader.parse("paginate: many\n", warnings::add))
                .hasMessageContaining("paginate");
        assertThatThrownBy(() -> ConfigLoader.parse("timezone: Mars/Olympus\n", warnings::add))
                .hasMessageContaining("timezone");
        assertThatThrownBy(() -> ConfigLoader.parse("- a\n- b\n", warnings::add))
                .hasMessageContaining("mapping");
    }

    @Test
    void rejectsPermalinksThatCouldLeaveTheOutputOrCollide() {
        assertThatThrownBy(() -> ConfigLoader.parse("permalink: /../{slug}/\n", warnings::add))
                .isInstanceOf(GazetteException.class);
        assertThatThrownBy(() -> ConfigLoader.parse("permalink: /{category}/\n", warnings::add))
                .hasMessageContaining("{slug}");
        assertThatThrownBy(() -> ConfigLoader.parse("permalink: /tag/{slug}/\n", warnings::add))
                .hasMessageContaining("tag");
    }

    @Test
    void readsTheMetadataKeys() {
        SiteConfig c = ConfigLoader.parse("""
                tags:
                  synonyms:
                    CAND: Công an nhân dân
                    TP.HCM: Thành phố Hồ Chí Minh
                  blocklist: [Tin tức, Sự kiện]
                  always: Tô Lâm
                categoryConfidence: 0.9
                duplicates: drop
                """, warnings::add);
        MetadataSettings m = c.metadata();
        assertThat(m.tags().synonyms()).containsExactly(java.util.Map.entry("CAND", "Công an nhân dân"),
                java.util.Map.entry("TP.HCM", "Thành phố Hồ Chí Minh"));
        assertThat(m.tags().blocklist()).containsExactly("Tin tức", "Sự kiện");
        assertThat(m.tags().always()).containsExactly("Tô Lâm");
        assertThat(m.categoryConfidence()).isEqualTo(0.9);
        assertThat(m.duplicates()).isEqualTo(MetadataSettings.Duplicates.DROP);
        assertThat(c.params()).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(SiteConfig.defaults().metadata()).isEqualTo(MetadataSettings.defaults());
        assertThat(MetadataSettings.defaults().duplicates()).isEqualTo(MetadataSettings.Duplicates.LINK);
    }

    @Test
    void rejectsWrongMetadataValuesWithTheKeyName() {
        assertThatThrownBy(() -> ConfigLoader.parse("categoryConfidence: 1.5\n", warnings::add)).hasMessageContaining("categoryConfidence");
        assertThatThrownBy(() -> ConfigLoader.parse("categoryConfidence: high\n", warnings::add)).hasMessageContaining("categoryConfidence");
        assertThatThrownBy(() -> ConfigLoader.parse("duplicates: merge\n", warnings::add))
                .hasMessageContaining("duplicates").hasMessageContaining("link, drop or keep");
        assertThatThrownBy(() -> ConfigLoader.parse("tags: [a, b]\n", warnings::add)).hasMessageContaining("tags");
        assertThatThrownBy(() -> ConfigLoader.parse("tags:\n  synonyms: [a]\n", warnings::add)).hasMessageContaining("tags.synonyms");
        assertThatThrownBy(() -> ConfigLoader.parse("tags:\n  synonyms:\n    CAND:\n", warnings::add))
                .hasMessageContaining("tags.synonyms.CAND");
        assertThatThrownBy(() -> ConfigLoader.parse("tags:\n  blocklist:\n    a: b\n", warnings::add)).hasMessageContaining("tags.blocklist");
    }

    @Test
    void rejectsASynonymOfASynonym() {
        assertThatThrownBy(() -> ConfigLoader.parse("tags:\n  synonyms:\n    CA: CAND\n    cand: Công an nhân dân\n", warnings::add))
                .hasMessageContaining("tags.synonyms.CA").hasMessageContaining("Công an nhân dân");
    }

    @Test
    void warnsAboutUnknownKeysInTags() {
        ConfigLoader.parse("tags:\n  synonym:\n    a: b\n", warnings::add);
        assertThat(warnings).singleElement().satisfies(d -> assertThat(d.message()).contains("tags.synonym"));
    }
}
