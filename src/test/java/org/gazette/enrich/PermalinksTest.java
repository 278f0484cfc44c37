package org.gazette.enrich;

import org.gazette.content.PublishedAt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PermalinksTest {
    private static final PublishedAt MARCH_24 = PublishedAt.of(LocalDate.of(2023, 3, 24), LocalTime.of(7, 35),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void expandsEveryPlaceholder() {
        Permalinks p = new Permalinks("/{category}/{year}/{month}/{day}/{slug}/");
        assertThat(p.assign("kinh-te", "ca-phe", MARCH_24)).isEqualTo("/kinh-te/2023/03/24/ca-phe/");
        assertThat(p.assign("kinh-te", "khong-ngay", null)).isEqualTo("/kinh-te/undated/undated/undated/khong-ngay/");
    }

    @Test
    void numbersCollidingSlugsInCallOrder() {
        Permalinks p = new Permalinks("/{category}/{slug}/");
        assertThat(p.assign("thoi-su", "tin", null)).isEqualTo("/thoi-su/tin/");
        assertThat(p.assign("thoi-su", "tin", null)).isEqualTo("/thoi-su/tin-2/");
        assertThat(p.assign("thoi-su", "tin", null)).isEqualTo("/thoi-su/tin-3/");
        assertThat(p.assign("kinh-te", "tin", null)).isEqualTo("/kinh-te/tin/");
    }

    @Test
    void articlesNeverTakeTheSitesOwnPaths() {
        Permalinks p = new Permalinks("/{slug}/");
        p.reserve("/kinh-te/");
        assertThat(p.assign("x", "tags", null)).isEqualTo("/tags-2/");
        assertThat(p.assign("x", "kinh-te", null)).isEqualTo("/kinh-te-2/");
    }

    @Test
    void emptyValuesLeaveNoDoubleSlash() {
        Permalinks p = new Permalinks("/{category}/{slug}");
        assertThat(p.expand("", "tin", null)).isEqualTo("/tin/");
        assertThat(new Permalinks("/bai//{slug}/").expand("x", "tin", null)).isEqualTo("/bai/tin/");
        assertThat(new Permalinks("/{unknown}/{slug}/").expand("x", "tin", null)).isEqualTo("/{unknown}/tin/");
    }

    /** The pattern filled in by plain text replacement, the way a reader of the docs pictures it. */
    @Property
    void expandsAsTextReplacementWould(@ForAll @StringLength(max = 12) @AlphaChars @Chars({'/', '{', '}', '-'}) String fixed,
                                       @ForAll("placeholder") String first, @ForAll("placeholder") String second,
                                       @ForAll @StringLength(max = 8) @Chars({'a', 'b', '-', '1'}) String category,
                                       @ForAll @StringLength(max = 8) @Chars({'c', 'd', '-', '2'}) String slug,
                                       @ForAll @IntRange(min = 1, max = 3000) int year, @ForAll boolean dated) {
        String pattern = "/" + first + fixed + second + "/";
        PublishedAt date = dated ? PublishedAt.of(LocalDate.of(year, 1 + year % 12, 1 + year % 28), LocalTime.NOON,
                ZoneId.of("Asia/Ho_Chi_Minh")) : null;
        String y = date == null ? "undated" : String.valueOf(date.date().getYear());
        String m = date == null ? "undated" : String.format(Locale.ROOT, "%02d", date.date().getMonthValue());
        String d = date == null ? "undated" : String.format(Locale.ROOT, "%02d", date.date().getDayOfMonth());
        String expected = pattern.replace("{category}", category).replace("{slug}", slug)
                .replace("{year}", y).replace("{month}", m).replace("{day}", d).replaceAll("/{2,}", "/");
        assertThat(new Permalinks(pattern).expand(category, slug, date)).isEqualTo(expected);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> placeholder() {
        return net.jqwik.api.Arbitraries.of("{category}", "{slug}", "{year}", "{month}", "{day}", "", "x");
    }
}
