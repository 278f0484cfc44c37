package org.gazette.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {
    @Test
    void slugsVietnameseTitles() {
        assertThat(Slugs.of("Phát triển đảng viên")).isEqualTo("phat-trien-dang-vien");
        assertThat(Slugs.of("Phát triển đảng viên ở Đảng bộ huyện Điện Biên"))
                .isEqualTo("phat-trien-dang-vien-o-dang-bo-huyen-dien-bien");
    }

    @Test
    void collapsesPunctuationAndTrimsHyphens() {
        assertThat(Slugs.of("  Hà Nội: 5/2023 — (mới!)  ")).isEqualTo("ha-noi-5-2023-moi");
        assertThat(Slugs.of("../../etc/passwd")).isEqualTo("etc-passwd");
    }

    @Test
    void cutsLongSlugsAtAWordBoundary() {
        String title = "Một tiêu đề rất dài ".repeat(10);
        String slug = Slugs.of(title);
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-").startsWith("mot-tieu-de-rat-dai");
    }

    @Test
    void givesEmptyForTextWithoutLatinLettersOrDigits() {
        assertThat(Slugs.of("!!! ???")).isEmpty();
        assertThat(Slugs.of("新闻")).isEmpty();
    }

    @Property
    void slugsAreAsciiWithoutEdgeOrDoubleHyphens(@ForAll @StringLength(max = 300) String text) {
        String slug = Slugs.of(text);
        assertThat(slug).matches("([a-z0-9]+(-[a-z0-9]+)*)?");
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
    }

    @Property
    void aSlugIsItsOwnSlug(@ForAll @StringLength(max = 300) String text) {
        String slug = Slugs.of(text);
        assertThat(Slugs.of(slug)).isEqualTo(slug);
    }

    @Property
    void textWithALetterOrDigitHasANonEmptySlug(@ForAll("latinWords") String text) {
        assertThat(Slugs.of(text)).isNotEmpty();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> latinWords() {
        return net.jqwik.api.Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạốồổỗộĐ0123456789 -.,")
                .ofMinLength(1).ofMaxLength(60).filter(s -> s.chars().anyMatch(Character::isLetterOrDigit));
    }
}
