package org.gazette.content;

import org.gazette.diag.Diagnostic;
import org.gazette.diag.Severity;
import org.gazette.text.Datelines;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a raw article as scraped from a news page (one paragraph per line) into a
 * {@link ParsedArticle}: the headline, the dateline's date, the byline, the source line and
 * keyword lines as metadata, and the rest as paragraphs and photo captions. Site chrome, datelines,
 * counters and lone punctuation never reach the body; every line of article text does, in order.
 *
 * <p>The steps: split into cleaned lines and drop chrome ({@link RawTextRules}); read the header
 * (datelines among the first {@value #HEADER_LINES} lines, the title, a labelled byline under it);
 * read the tail bottom-up ({@link ArticleTail}); build the body ({@link BodyBlocks}).
 *
 * <p>Immutable, so one instance serves many threads. Never throws on any text.
 */
public final class RawTextParser {
    /** Datelines are looked for among this many lines at the top, before or after the title. */
    private static final int HEADER_LINES = 4;
    /** A longer first line is more likely a paragraph than a headline; worth a warning. */
    private static final int LONG_TITLE = 300;

    private final RawTextRules rules;
    private final Bylines bylines;
    private final ZoneId zone;

    /** @param zone the zone of datelines that give no offset of their own */
    public RawTextParser(RawTextRules rules, ZoneId zone) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.bylines = new Bylines(rules);
    }

    /**
     * @param relPath the file's path, for diagnostics
     * @param text    the file's decoded text; CRLF, a BOM, NBSP and decomposed letters are fine
     */
    public ReadResult parse(String relPath, String text) {
        List<SourceLine> all = SourceLine.split(text);
        if (all.isEmpty()) return skip(relPath, "empty file: no line has any text");
        List<SourceLine> lines = withoutChrome(all);
        if (lines.isEmpty()) return skip(relPath, "only site chrome, no article text");
        List<Diagnostic> diagnostics = new ArrayList<>();
        PublishedAt published = takeDatelines(relPath, lines, diagnostics);
        if (lines.isEmpty()) return skip(relPath, "no headline: the file holds only a dateline");

        SourceLine title = lines.get(0);
        if (title.text().length() > LONG_TITLE) {
            diagnostics.add(Diagnostic.warning(relPath, title.number(), "the first line, taken as the title, is "
                    + title.text().length() + " characters long; it may be a paragraph"));
        }
        Bylines.Byline headerByline = lines.size() > 1 ? bylines.labelledByline(lines.get(1).text()) : null;
        int bodyStart = headerByline == null ? 1 : 2;
        ArticleTail tail = ArticleTail.read(lines, bodyStart, rules, bylines);
        List<Block> body = BodyBlocks.build(lines.subList(bodyStart, tail.bodyEnd()), rules);
        String author = headerByline != null ? headerByline.author() : tail.author();
        ParsedArticle article = new ParsedArticle(title.text(), published, author, tail.source(), null,
                tail.tags(), null, null, false, body, Map.of());
        return ReadResult.of(article, diagnostics);
    }

    private List<SourceLine> withoutChrome(List<SourceLine> all) {
        List<SourceLine> lines = new ArrayList<>(all.size());
        for (SourceLine line : all) {
            if (!rules.isChrome(line.text()) && !rules.isNoiseOnly(line.text())) lines.add(line);
        }
        return lines;
    }

    /** Removes the dateline(s) among the first lines and gives the topmost one's date, or null. */
    private PublishedAt takeDatelines(String relPath, List<SourceLine> lines, List<Diagnostic> diagnostics) {
        PublishedAt published = null;
        for (int i = Math.min(lines.size(), HEADER_LINES) - 1; i >= 0; i--) {
            SourceLine line = lines.get(i);
            Optional<PublishedAt> date = rules.dateline(line.text(), zone);
            if (date.isEmpty()) continue;
            published = date.get(); // walking up, so the topmost dateline wins
            checkWeekday(relPath, line, published, diagnostics);
            lines.remove(i);
        }
        return published;
    }

    /**
     * A weekday that disagrees with the date is a note, not a warning: the date is kept, nothing is
     * lost, and scraped archives have many (a single site template bug repeats it thousands of times).
     */
    private static void checkWeekday(String relPath, SourceLine line, PublishedAt published, List<Diagnostic> out) {
        DayOfWeek actual = published.date().getDayOfWeek();
        Datelines.weekday(line.text()).filter(named -> named != actual).ifPresent(named ->
                out.add(new Diagnostic(relPath, line.number(), Severity.INFO, "the dateline says " + dayName(named)
                        + " but " + published.date() + " is a " + dayName(actual) + "; the date is kept")));
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static ReadResult skip(String relPath, String why) {
        return ReadResult.skipped(Diagnostic.warning(relPath, "skipped: " + why));
    }
}
