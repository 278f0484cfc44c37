package org.gazette.content;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedAtTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void givesBackTheDateTimeItWasMadeOf() {
        ZonedDateTime t = ZonedDateTime.of(2023, 3, 24, 7, 35, 0, 0, HANOI);
        PublishedAt p = new PublishedAt(t, true);
        assertThat(p.dateTime()).isEqualTo(t);
        assertThat(p.dateTime().getZone()).isEqualTo(HANOI);
        assertThat(p.iso()).isEqualTo("2023-03-24T07:35:00+07:00");
    }

    @Test
    void aDateWithoutTimeIsMidnightAndPrintsAsADate() {
        PublishedAt p = PublishedAt.of(LocalDate.of(2019, 3, 13), null, HANOI);
        assertThat(p.hasTime()).isFalse();
        assertThat(p.dateTime().toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(p.iso()).isEqualTo("2019-03-13");
    }

    @Test
    void keepsTheOffsetChosenInAnAutumnOverlap() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        ZonedDateTime early = ZonedDateTime.of(2022, 10, 30, 2, 30, 0, 0, paris);
        ZonedDateTime late = early.withLaterOffsetAtOverlap();
        assertThat(new PublishedAt(late, true).dateTime()).isEqualTo(late);
        assertThat(new PublishedAt(early, true)).isNotEqualTo(new PublishedAt(late, true));
    }

    @Property
    void ordersAndComparesLikeItsInstant(@ForAll @LongRange(min = -5_000_000_000L, max = 5_000_000_000L) long a,
                                         @ForAll @LongRange(min = -5_000_000_000L, max = 5_000_000_000L) long b) {
        PublishedAt x = new PublishedAt(ZonedDateTime.ofInstant(Instant.ofEpochSecond(a), HANOI), true);
        PublishedAt y = new PublishedAt(ZonedDateTime.ofInstant(Instant.ofEpochSecond(b), ZoneOffset.UTC), true);
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.signum(a - b));
        assertThat(x.dateTime().toEpochSecond()).isEqualTo(a);
        assertThat(x).isEqualTo(new PublishedAt(x.dateTime(), true)).hasSameHashCodeAs(new PublishedAt(x.dateTime(), true));
    }
}
