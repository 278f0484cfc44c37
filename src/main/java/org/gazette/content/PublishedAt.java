package org.gazette.content;

import org.gazette.text.StringHash;

import java.time.Instant;
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
 * <p>Kept as an instant and a zone (40 bytes) rather than a {@link ZonedDateTime} (five objects,
 * about 120 bytes): every article of the archive holds one until the build ends. The instant and
 * the zone give back exactly the date-time they were taken from.
 */
public final class PublishedAt implements Comparable<PublishedAt> {
    private final long epochSecond;
    private final int nano;
    private final ZoneId zone;
    private final boolean hasTime;

    /**
     * @param dateTime the moment; midnight in {@code dateTime.getZone()} when {@code hasTime} is false
     * @param hasTime  whether the source gave a time of day
     */
    public PublishedAt(ZonedDateTime dateTime, boolean hasTime) {
        Objects.requireNonNull(dateTime, "dateTime");
        this.epochSecond = dateTime.toEpochSecond();
        this.nano = dateTime.getNano();
        this.zone = dateTime.getZone();
        this.hasTime = hasTime;
    }

    public static PublishedAt of(LocalDate date, LocalTime time, ZoneId zone) {
        return time == null
                ? new PublishedAt(date.atStartOfDay(zone), false)
                : new PublishedAt(ZonedDateTime.of(date, time, zone), true);
    }

    /** The moment; midnight in its zone when {@link #hasTime} is false. */
    public ZonedDateTime dateTime() {
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(epochSecond, nano), zone);
    }

    /** Whether the source gave a time of day. */
    /** Seconds since 1970-01-01T00:00Z: with {@link #nano}, the instant that orders dates. */
    public long epochSecond() {
        return epochSecond;
    }

    public int nano() {
        return nano;
    }

    public boolean hasTime() {
        return hasTime;
    }

    public LocalDate date() {
        return dateTime().toLocalDate();
    }

    public OffsetDateTime offsetDateTime() {
        return dateTime().toOffsetDateTime();
    }

    /** ISO 8601: {@code 2023-03-24T07:35:00+07:00}, or {@code 2019-03-13} without a time. */
    public String iso() {
        return hasTime
                ? offsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                : date().toString();
    }

    @Override
    public int compareTo(PublishedAt o) {
        int c = Long.compare(epochSecond, o.epochSecond);
        return c != 0 ? c : Integer.compare(nano, o.nano);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublishedAt p && epochSecond == p.epochSecond && nano == p.nano && hasTime == p.hasTime
                && zone.equals(p.zone);
    }

    /** A 64-bit hash of the moment, the zone and whether a time was given: equal dates have equal digests. */
    public long digest() {
        long h = StringHash.combine(StringHash.of(zone.getId()), epochSecond);
        return StringHash.combine(h, (long) nano << 1 | (hasTime ? 1 : 0));
    }

    @Override
    public int hashCode() {
        return Objects.hash(epochSecond, nano, zone, hasTime);
    }

    @Override
    public String toString() {
        return iso();
    }
}
