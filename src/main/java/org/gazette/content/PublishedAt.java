package org.gazette.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When an article was published: a date, maybe a time of day, and the zone both are in.
 *
 * <p>A dateline like {@code 13/03/2019} carries no time; the article is then dated but not timed,
 * and {@link #iso()} gives just the date rather than inventing midnight.
 *
 * @param dateTime the moment; midnight in {@code dateTime.getZone()} when {@code hasTime} is false
 * @param hasTime  whether the source gave a time of day
 */
public record PublishedAt(ZonedDateTime dateTime, boolean hasTime) implements Comparable<PublishedAt> {

    public PublishedAt {
        Objects.requireNonNull(dateTime, "dateTime");
    }

    public static PublishedAt of(LocalDate date, LocalTime time, ZoneId zone) {
        return time == null
                ? new PublishedAt(date.atStartOfDay(zone), false)
                : new PublishedAt(ZonedDateTime.of(date, time, zone), true);
    }

    public LocalDate date() {
        return dateTime.toLocalDate();
    }

    public OffsetDateTime offsetDateTime() {
        return dateTime.toOffsetDateTime();
    }

    /** ISO 8601: {@code 2023-03-24T07:35:00+07:00}, or {@code 2019-03-13} without a time. */
    public String iso() {
        return hasTime
                ? dateTime.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                : date().toString();
    }

    @Override
    public int compareTo(PublishedAt o) {
        return dateTime.toInstant().compareTo(o.dateTime.toInstant());
    }

    @Override
    public String toString() {
        return iso();
    }
}
