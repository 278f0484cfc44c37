package org.gazette.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What closes a raw article, read bottom-up: the byline, the source line, keyword lines, and the
 * furniture around them. Site chrome has already been dropped by the parser; this walks up from the
 * last line while lines are metadata or related-article links, and stops at the first line of text.
 *
 * <p>Short un-punctuated lines ({@code Gửi bài viết}) are unknown furniture only when a byline,
 * source, keyword or related-article line sits above them, that is when they come after the article
 * has ended; otherwise they stay in the body.
 *
 * @param bodyEnd index of the first tail line: the body is everything before it
 * @param author  the byline's name(s), or null
 * @param source  the source line's outlet, or null
 * @param tags    tags from keyword lines, in reading order, without repeats
 */
record ArticleTail(int bodyEnd, String author, String source, List<String> tags) {
    /** A related-article link: {@code Some other headline(24/03/2023)}. */
    private static final Pattern RELATED = Pattern.compile(".{10,200}\\(\\d{1,2}/\\d{1,2}/\\d{4}\\)");
    private static final int MAX_RELATED = 230;
    /** How many unknown short lines may sit under a byline before they are taken for body text. */
    private static final int MAX_UNKNOWN = 3;
    private static final int MAX_UNKNOWN_WORDS = 6;

    static ArticleTail read(List<SourceLine> lines, int from, RawTextRules rules, Bylines bylines) {
        int end = lines.size();
        String author = null;
        String source = null;
        List<List<String>> keywordLines = new ArrayList<>();
        int unknown = 0;
        for (int i = lines.size() - 1; i >= from; i--) {
            String text = lines.get(i).text();
            if (text.length() <= MAX_RELATED && RELATED.matcher(text).matches()) {
                end = i;
                continue;
            }
            List<String> tags = bylines.keywords(text);
            if (tags != null) {
                keywordLines.add(0, tags);
                end = i;
                continue;
            }
            if (rules.hasCaptionMarker(text)) break; // a photo credit is body, never the byline
            String named = source == null ? bylines.source(text) : null;
            if (named != null) {
                source = named;
                end = i;
                continue;
            }
            Bylines.Byline byline = author == null ? bylines.byline(text) : null;
            if (byline != null) {
                author = byline.author();
                if (source == null) source = byline.source();
                end = i;
                continue;
            }
            if (unknown < MAX_UNKNOWN && isShortLabel(text)) {
                unknown++;
                continue;
            }
            break;
        }
        return new ArticleTail(end, author, source, distinct(keywordLines));
    }

    /** A few words without closing punctuation: how buttons and links read. */
    private static boolean isShortLabel(String text) {
        if (text.length() > 60) return false;
        char last = text.charAt(text.length() - 1);
        if (".!?…:;,\"”’)»".indexOf(last) >= 0) return false;
        return text.split(" ", MAX_UNKNOWN_WORDS + 1).length <= MAX_UNKNOWN_WORDS;
    }

    private static List<String> distinct(List<List<String>> keywordLines) {
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<String> line : keywordLines) {
            for (String tag : line) {
                if (seen.add(tag.toLowerCase(Locale.ROOT))) tags.add(tag);
            }
        }
        return tags;
    }
}
