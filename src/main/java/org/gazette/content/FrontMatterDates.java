package org.gazette.content;

import org.gazette.text.Datelines;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code date:} of Markdown front matter: ISO 8601 as people type it, a date with an
 * optional time ({@code T} or a space between them) and an optional offset.
 *
 * <p>SnakeYAML Engine's core schema has no timestamp type, so the value arrives as the text the
 * user wrote; this is the one place that interprets it. Anything that is not ISO 8601 is read as
 * a dateline ({@code 24/03/2023 07:35}, {@code ngày 24 tháng 3 năm 2023}, {@code 3 March 2021}),
 * since archivists copy dates into front matter the way the page printed them.
 */
final class FrontMatterDates {
    private FrontMatterDates() {}

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})"
                    + "(?:[Tt ]\\s*(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)"
                    + "\\s*([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /**
     * The moment {@code value} names, or empty when it is not such a date (or names an impossible
     * one, like 2023-02-30).
     *
     * <p>Without an offset the date and time are in {@code zone}. With one, the instant is kept and
     * shown in {@code zone}, so every article of a site is dated on the same clock: an article
     * stamped {@code 2023-03-24T00:35:00Z} on a Vietnamese site is dated 24 March, 07:35.
     */
    static Optional<PublishedAt> parse(String value, ZoneId zone) {
        Matcher m = ISO.matcher(value.strip());
        if (!m.matches()) return Datelines.parse(value, zone);
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            if (m.group(2) == null) return Optional.of(PublishedAt.of(date, null, zone));
            LocalTime time = LocalTime.parse(m.group(2));
            if (m.group(3) == null) return Optional.of(PublishedAt.of(date, time, zone));
            ZoneOffset offset = ZoneOffset.of(m.group(3).toUpperCase(Locale.ROOT));
            return Optional.of(new PublishedAt(date.atTime(time).atOffset(offset).atZoneSameInstant(zone), true));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
