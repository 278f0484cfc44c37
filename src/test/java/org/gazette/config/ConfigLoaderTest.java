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
}
