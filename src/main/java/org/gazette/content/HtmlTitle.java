package org.gazette.content;

import org.gazette.text.Folding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline of a saved page and where it sits among the page's lines.
 *
 * <p>Pages name their article in several places, each with its own noise: {@code og:title} and
 * {@code <title>} often carry the site's name ({@code Headline - Site}, {@code Site | Headline}),
 * an {@code <h1>} is usually the bare headline. A site name is taken off only when something
 * confirms the split: the {@code <h1>}, a line of the article, or the page's declared site name.
 *
 * @param text  the headline
 * @param index the index of the headline's own line among the lines, or -1 when it is not among them
 * @param fromFirstLine whether nothing in the markup named the article, so the first line is the title
 */
record HtmlTitle(String text, int index, boolean fromFirstLine) {
    /** The headline line is looked for among this many lines at the top. */
    private static final int WINDOW = 12;
    /** Lines above the headline are breadcrumbs and labels; a longer one means the match is elsewhere. */
    private static final int MAX_ABOVE = 120;
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—|·:»]{1,2}\\s+");

    /**
     * @param headline the page's declared headline ({@code og:title}…), or null
     * @param h1       the text of the page's first {@code <h1>}, or null
     * @param page     the {@code <title>}, or null
     * @param siteName the page's declared site name, or null
     * @param lines    the article's lines, chrome removed; may be empty
     * @return the title, or null when the page names nothing and has no lines
     */
    static HtmlTitle find(String headline, String h1, String page, String siteName, List<String> lines) {
        if (headline != null || h1 != null) {
            String text = headline != null ? withoutSiteName(headline, h1, siteName) : h1;
            int index = lineOf(lines, text);
            if (index < 0 && h1 != null) index = lineOf(lines, h1);
            return new HtmlTitle(text, index, false);
        }
        if (page != null) {
            for (int i = 0; i < Math.min(WINDOW, lines.size()); i++) {
                String line = lines.get(i);
                if (key(withoutSiteName(page, line, null)).equals(key(line))) {
                    return new HtmlTitle(line, isAboveShort(lines, i) ? i : -1, false);
                }
            }
            return new HtmlTitle(withoutSiteName(page, null, siteName), -1, false);
        }
        return lines.isEmpty() ? null : new HtmlTitle(lines.get(0), 0, true);
    }

    /**
     * The part of {@code title} that {@code confirmer} equals, on one side of a separator, or the
     * part that is not {@code siteName}; else the whole title.
     */
    static String withoutSiteName(String title, String confirmer, String siteName) {
        String confirmed = confirmer == null ? null : key(confirmer);
        String site = siteName == null ? null : key(siteName);
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            String before = title.substring(0, m.start()).strip();
            String after = title.substring(m.end()).strip();
            if (before.isEmpty() || after.isEmpty()) continue;
            if (confirmed != null && key(before).equals(confirmed)) return before;
            if (confirmed != null && key(after).equals(confirmed)) return after;
            if (site != null && key(after).equals(site)) return before;
            if (site != null && key(before).equals(site)) return after;
        }
        return title;
    }

    /** The first line near the top that is the given headline, with only short lines above it; else -1. */
    private static int lineOf(List<String> lines, String headline) {
        String wanted = key(headline);
        for (int i = 0; i < Math.min(WINDOW, lines.size()); i++) {
            if (key(lines.get(i)).equals(wanted)) return isAboveShort(lines, i) ? i : -1;
        }
        return -1;
    }

    private static boolean isAboveShort(List<String> lines, int index) {
        for (int i = 0; i < index; i++) {
            if (lines.get(i).length() > MAX_ABOVE) return false;
        }
        return true;
    }

    private static String key(String s) {
        return Folding.key(s);
    }
}
