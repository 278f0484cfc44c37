package org.gazette.text;

import org.gazette.content.PublishedAt;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates in the shapes Vietnamese and English news pages print them:
 * {@code 07:35 - Thứ Sáu, 24/03/2023}, {@code Thứ Ba, 19/04/2022, 16:27 [GMT+7]},
 * {@code ngày 24 tháng 3 năm 2023}, {@code 2023-03-24T07:35:00+07:00}, {@code March 3, 2021}, …
 *
 * <p>Numeric dates are day-month-year. A date needs a year: {@code 28/10} is no date, since a
 * year would have to be guessed. An explicit offset ({@code GMT+7}, {@code +07:00}, {@code Z},
 * {@code GMT}) wins over the zone passed in. A weekday that disagrees with the date is ignored
 * here; callers that want to report it use {@link #weekday}.
 *
 * <p>Patterns never use {@code \b} or {@code \w}: since JDK 19 they are ASCII-only, so word edges
 * are written as {@code (?<![\p{L}\p{M}\p{N}])} lookarounds. Inputs are capped in length, so every
 * match runs on a short string.
 */
public final class Datelines {
    /** A date value or dateline is a short string; anything longer is running text. */
    private static final int MAX_LENGTH = 300;

    private static final String EDGE_L = "(?<![\\p{L}\\p{M}\\p{N}])";
    private static final String EDGE_R = "(?![\\p{L}\\p{M}\\p{N}])";
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";

    /** Year first: ISO 8601 and its {@code 2023/03/24} cousin, with an optional time and offset. */
    private static final Pattern ISO = Pattern.compile("(?<![\\d/.-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
            + "(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
            + "(?:\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)(?![\\d:]))?)?(?![\\d/]|[.-]\\d)");
    /** {@code 24/03/2023}, {@code 24-3-2023}, {@code 24.03.2023}: one separator, used twice. */
    private static final Pattern DMY = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})(?!\\d|[/.-]\\d)");
    private static final Pattern VI_LONG = Pattern.compile("(?iu)" + EDGE_L
            + "(?:ngày\\s+)?(\\d{1,2})\\s+(?:tháng|thg)\\s+(\\d{1,2})(?:\\s*,\\s*|\\s+)(?:năm\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern EN_DMY = Pattern.compile("(?iu)" + EDGE_L
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")" + EDGE_R + "\\.?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern EN_MDY = Pattern.compile("(?iu)" + EDGE_L
            + "(" + MONTHS + ")" + EDGE_R + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

    /** Tried in this order; the leftmost date in the string wins. */
    private static final List<DateShape> DATE_SHAPES = List.of(
            new DateShape(ISO, 1, 3, 4, false),
            new DateShape(DMY, 4, 3, 1, false),
            new DateShape(VI_LONG, 3, 2, 1, false),
            new DateShape(EN_DMY, 3, 2, 1, true),
            new DateShape(EN_MDY, 3, 1, 2, true));

    /** {@code 07:35}, {@code 01:49:17 PM}, {@code 14h00}, {@code 9 giờ 30}; SA/CH are the Vietnamese AM/PM. */
    private static final Pattern TIME = Pattern.compile("(?iu)(?<![\\d:.,])(?:([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?"
            + "|([01]?\\d|2[0-3])\\s?(?:h|g|giờ)(?:\\s?([0-5]\\d))?(?![\\p{L}\\p{M}]))"
            + "(?:\\s?(am|pm|a\\.m\\.|p\\.m\\.|sa|ch)" + EDGE_R + ")?(?![\\d:])");
    /** A numeric offset directly after a time: {@code 07:35 +07:00}. */
    private static final Pattern TRAILING_OFFSET = Pattern.compile("\\s*([+-])(\\d{2}):?(\\d{2})(?!\\d)");
    /** {@code GMT+7}, {@code UTC+07:00}, bare {@code GMT}/{@code UTC}, and ICT (Indochina Time, +7). */
    private static final Pattern NAMED_OFFSET = Pattern.compile("(?iu)" + EDGE_L
            + "(?:(?:gmt|utc)(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?|(ict))(?![\\p{L}\\p{M}\\d])");

    private static final Pattern WEEKDAY = Pattern.compile("(?iu)" + EDGE_L
            + "(?:thứ\\s*(hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|(chủ\\s*nhật|cn)|t([2-7])"
            + "|(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun))"
            + EDGE_R + "\\.?");

    /** Words and counters that share a line with a dateline on real pages and say nothing else. */
    private static final Pattern NOISE = Pattern.compile("(?iu)" + EDGE_L + "(?:"
            + "lượt\\s+(?:xem|đọc|truy\\s+cập|thích)\\s*:?\\s*[\\d.,]*"
            + "|in\\s+bài(?:\\s+viết)?"
            + "|cập\\s+nhật(?:\\s+lúc)?"
            + "|(?:thời\\s+gian\\s+|ngày\\s+)?(?:đăng(?:\\s+tải)?|xuất\\s+bản)(?:\\s+lúc)?"
            + "|thời\\s+gian|ngày|lúc|vào"
            + "|(?:last\\s+)?(?:updated|modified)|published|posted|date|on|at"
            + "|views?\\s*:?\\s*[\\d.,]*"
            + ")" + EDGE_R);
    /** What may be left between the parts of a dateline: separators, brackets, spaces. */
    private static final Pattern LEFTOVER = Pattern.compile("[\\s\\p{P}\\p{S}]*");

    private Datelines() {}

    /**
     * The first date in a short string that is a date value or a dateline, with the time and
     * offset found next to it. Labels around it ({@code Cập nhật:}, {@code Published}) are fine.
     */
    public static Optional<PublishedAt> parse(String text, ZoneId zone) {
        return find(text).map(f -> f.publishedAt(zone));
    }

    /**
     * Like {@link #parse}, but only when the whole line is a dateline: once the date, time,
     * weekday, offset and known noise ({@code Lượt xem: 5654}, {@code In bài viết}, {@code |})
     * are taken out, nothing may remain. {@code Ngày 19/4/2022, tại Hà Nội, …} is a sentence, not
     * a dateline.
     */
    public static Optional<PublishedAt> parseDateline(String line, ZoneId zone) {
        Optional<Found> found = find(line);
        if (found.isEmpty()) return Optional.empty();
        Found f = found.get();
        StringBuilder rest = new StringBuilder(f.text);
        for (int[] span : f.spans) {
            for (int i = span[0]; i < span[1]; i++) rest.setCharAt(i, ' ');
        }
        Matcher weekdays = WEEKDAY.matcher(rest);
        String withoutWeekdays = weekdays.replaceAll(" ");
        String remainder = NOISE.matcher(withoutWeekdays).replaceAll(" ");
        return LEFTOVER.matcher(remainder).matches() ? Optional.of(f.publishedAt(zone)) : Optional.empty();
    }

    /**
     * Whether {@code text} may hold a date at all: every date shape has a year of four ASCII digits
     * ({@code \\d} is ASCII-only in these patterns), so text without four digits in a row, once the
     * zero-width characters {@link Folding#clean} drops are skipped, has none. A cheap test that
     * spares the regexes nearly every line of running text.
     */
    public static boolean mayHoldDate(CharSequence text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 4) return true;
            } else if (!isZeroWidth(c)) {
                run = 0;
            }
        }
        return false;
    }

    private static boolean isZeroWidth(char c) {
        return switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F' -> true;
            default -> false;
        };
    }

    /** The weekday a dateline names ({@code Thứ Sáu}, {@code CN}, {@code T2}, {@code Monday}), if any. */
    public static Optional<DayOfWeek> weekday(String line) {
        String s = Folding.clean(line);
        if (s.length() > MAX_LENGTH) return Optional.empty();
        Matcher m = WEEKDAY.matcher(s);
        if (!m.find()) return Optional.empty();
        if (m.group(1) != null) return Optional.of(vietnameseWeekday(m.group(1).toLowerCase(Locale.ROOT)));
        if (m.group(2) != null) return Optional.of(DayOfWeek.SUNDAY);
        if (m.group(3) != null) return Optional.of(DayOfWeek.of(Integer.parseInt(m.group(3)) - 1));
        return Optional.of(englishWeekday(m.group(4).toLowerCase(Locale.ROOT)));
    }

    private static DayOfWeek vietnameseWeekday(String word) {
        return switch (word) {
            case "hai", "2" -> DayOfWeek.MONDAY;
            case "ba", "3" -> DayOfWeek.TUESDAY;
            case "tư", "4" -> DayOfWeek.WEDNESDAY;
            case "năm", "5" -> DayOfWeek.THURSDAY;
            case "sáu", "6" -> DayOfWeek.FRIDAY;
            default -> DayOfWeek.SATURDAY; // bảy, bẩy, 7
        };
    }

    private static DayOfWeek englishWeekday(String word) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(word.substring(0, 3))) return d;
        }
        throw new IllegalStateException("unmatched weekday " + word); // the pattern only lets the seven through
    }

    /** A date found in a string, with the spans of everything that belonged to it. */
    private record Found(String text, LocalDate date, LocalTime time, ZoneOffset offset, List<int[]> spans) {
        PublishedAt publishedAt(ZoneId zone) {
            return PublishedAt.of(date, time, offset != null ? offset : zone);
        }
    }

    private static Optional<Found> find(String input) {
        if (!mayHoldDate(input)) return Optional.empty();
        String s = Folding.clean(input).strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) return Optional.empty();
        Matcher best = null;
        DateShape bestShape = null;
        LocalDate date = null;
        for (DateShape shape : DATE_SHAPES) {
            Matcher m = shape.pattern().matcher(s);
            while (m.find()) {
                if (best != null && m.start() >= best.start()) break;
                LocalDate d = shape.dateOf(m);
                if (d != null) {
                    best = m;
                    bestShape = shape;
                    date = d;
                    break;
                }
            }
        }
        if (best == null) return Optional.empty();
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {best.start(), best.end()});
        LocalTime time = null;
        ZoneOffset offset = null;
        if (bestShape.pattern() == ISO) {
            if (best.group(5) != null) time = time(best.group(5), best.group(6), best.group(7), null);
            if (best.group(8) != null) offset = numericOffset(best.group(8));
        } else {
            Matcher t = TIME.matcher(s);
            while (t.find()) {
                if (overlaps(t.start(), t.end(), spans)) continue;
                time = t.group(1) != null ? time(t.group(1), t.group(2), t.group(3), t.group(6))
                        : time(t.group(4), t.group(5), null, t.group(6));
                spans.add(new int[] {t.start(), t.end()});
                Matcher o = TRAILING_OFFSET.matcher(s).region(t.end(), s.length());
                if (o.lookingAt()) {
                    offset = numericOffset(o.group(1) + o.group(2) + ":" + o.group(3));
                    spans.add(new int[] {o.start(), o.end()});
                }
                break;
            }
        }
        if (offset == null) offset = namedOffset(s, spans);
        return Optional.of(new Found(s, date, time, offset, spans));
    }

    /** One way of writing a date: its pattern and which groups hold year, month and day. */
    private record DateShape(Pattern pattern, int yearGroup, int monthGroup, int dayGroup, boolean monthName) {
        LocalDate dateOf(Matcher m) {
            String month = monthName ? monthNumber(m.group(monthGroup)) : m.group(monthGroup);
            return date(m.group(yearGroup), month, m.group(dayGroup));
        }
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 31/02 and month 13 are not dates
        }
    }

    private static String monthNumber(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        int i = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix);
        return String.valueOf(i / 3 + 1);
    }

    private static LocalTime time(String hours, String minutes, String seconds, String halfDay) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        int sec = seconds == null ? 0 : Integer.parseInt(seconds);
        if (halfDay != null && h <= 12) {
            boolean pm = switch (halfDay.toLowerCase(Locale.ROOT)) {
                case "pm", "p.m.", "ch" -> true;
                default -> false;
            };
            if (pm && h < 12) h += 12;
            if (!pm && h == 12) h = 0;
        }
        try {
            return LocalTime.of(h, m, sec);
        } catch (DateTimeException e) {
            return null; // the ISO branch lets 24:xx and :60 through
        }
    }

    private static ZoneOffset numericOffset(String text) {
        try {
            if (text.equals("Z")) return ZoneOffset.UTC;
            String t = text.length() == 3 ? text + ":00" : text;
            if (t.length() == 5) t = t.substring(0, 3) + ":" + t.substring(3);
            return ZoneOffset.of(t);
        } catch (DateTimeException e) {
            return null; // +25:00 is no offset; the zone passed in applies
        }
    }

    /** {@code GMT+7} and the like, anywhere outside the date and time already found. */
    private static ZoneOffset namedOffset(String s, List<int[]> spans) {
        Matcher m = NAMED_OFFSET.matcher(s);
        while (m.find()) {
            if (overlaps(m.start(), m.end(), spans)) continue;
            ZoneOffset offset;
            if (m.group(4) != null) {
                offset = ZoneOffset.ofHours(7);
            } else if (m.group(1) == null) {
                offset = ZoneOffset.UTC;
            } else {
                try {
                    int h = Integer.parseInt(m.group(2));
                    int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                    offset = m.group(1).equals("-") ? ZoneOffset.ofHoursMinutes(-h, -min)
                            : ZoneOffset.ofHoursMinutes(h, min);
                } catch (DateTimeException e) {
                    continue;
                }
            }
            spans.add(new int[] {m.start(), m.end()});
            return offset;
        }
        return null;
    }

    private static boolean overlaps(int start, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (start < span[1] && end > span[0]) return true;
        }
        return false;
    }
}
