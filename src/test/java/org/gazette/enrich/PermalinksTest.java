package org.gazette.enrich;

import org.gazette.content.PublishedAt;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

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
}
