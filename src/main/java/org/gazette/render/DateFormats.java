package org.gazette.render;

import org.gazette.content.PublishedAt;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Dates as readers see them, in the site language. Patterns come from the theme's translation
 * files ({@code dateTimeFormat}, {@code dateFormat}, {@code dateShortFormat}), so Vietnamese shows
 * {@code Thứ Sáu, 24/03/2023, 07:35} and English {@code Friday, 24 March 2023, 07:35}.
 */
public final class DateFormats {
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;

    public DateFormats(Map<String, String> translations, Locale locale) {
        dateTime = DateTimeFormatter.ofPattern(translations.getOrDefault("dateTimeFormat", "EEEE, d MMMM yyyy, HH:mm"), locale);
        date = DateTimeFormatter.ofPattern(translations.getOrDefault("dateFormat", "EEEE, d MMMM yyyy"), locale);
        shortDate = DateTimeFormatter.ofPattern(translations.getOrDefault("dateShortFormat", "dd/MM/yyyy"), locale);
    }

    /** Long form, with the time of day when the article has one; null when undated. */
    String display(PublishedAt p) {
        if (p == null) return null;
        return p.hasTime() ? dateTime.format(p.dateTime()) : date.format(p.dateTime());
    }

    /** Short form for lists; null when undated. */
    public String shortForm(PublishedAt p) {
        return p == null ? null : shortDate.format(p.dateTime());
    }
}
