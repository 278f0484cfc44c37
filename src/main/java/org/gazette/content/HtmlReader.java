package org.gazette.content;

import org.gazette.diag.Diagnostic;
import org.gazette.diag.Severity;
import org.gazette.text.Datelines;
import org.gazette.text.Folding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}) into a {@link ParsedArticle}.
 *
 * <p>Metadata comes from the page's markup ({@link HtmlMetadata}), the article's element from text
 * density ({@link MainContent}), and that element's text, as lines ({@link HtmlLines}), then goes
 * through the raw-text parser's steps: chrome and counters are dropped ({@link RawTextRules}),
 * datelines and a labelled byline under the headline are read, the byline, source and keyword lines
 * at the end are read by {@link ArticleTail}, and {@link BodyBlocks} makes paragraphs and captions
 * ({@code <figcaption>} is always a caption, a heading never is). Lines that are mostly link text
 * are dropped unless they are bylines, sources or keywords. The body is plain text, never HTML.
 *
 * <p>The markup wins over the text: a date of {@code article:published_time}, JSON-LD or
 * {@code <time>} over a dateline; an author of JSON-LD, {@code article:author} or a byline element
 * ({@code .author}, {@code [rel=author]}) over the text's byline, under the headline or at the end.
 * {@code <meta name=author>}, which many sites fill with their own name, comes last. The source is
 * a source line of the text or a byline's {@code (theo …)}, else an agency lead
 * ({@code HANOI (Reuters) -}), else the site's name. The section goes to {@code params.section};
 * the category is left to the folder, as for raw text.
 *
 * <p>Immutable, so one instance serves many threads. Never throws on any text.
 */
public final class HtmlReader {
    /** Datelines are looked for among this many lines above and under the headline, a byline under it. */
    private static final int HEADER_LINES = 4;
    private static final double MAX_LINK_DENSITY = 0.5;
    /** An agency or outlet in parentheses opening the lead: {@code HANOI (Reuters) -}, {@code (Dân trí) -}. */
    private static final Pattern LEAD = Pattern.compile(
            "(?:\\p{Lu}[\\p{Lu}\\p{M} .,'’-]{1,40}\\s)?\\((\\p{Lu}[\\p{L}\\p{M}\\d .&'-]{1,29})\\)\\s*[-–—]\\s*\\S");

    private final RawTextRules rules;
    private final Bylines bylines;
    private final ZoneId zone;

    /** @param zone the zone of dates that give no offset of their own */
    public HtmlReader(RawTextRules rules, ZoneId zone) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.bylines = new Bylines(rules);
    }

    /**
     * @param relPath the file's path, for diagnostics
     * @param text    the page's decoded text
     */
    public ReadResult read(String relPath, String text) {
        if (text.isBlank()) return skip(relPath, "empty file: no line has any text");
        Document doc = Jsoup.parse(text);
        HtmlMetadata meta = HtmlMetadata.read(doc);
        MainContent content = MainContent.find(doc);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String note : meta.notes()) diagnostics.add(new Diagnostic(relPath, 0, Severity.INFO, note));

        List<HtmlLines.Line> all = HtmlLines.of(content.root(), content.core(), content.furniture());
        List<String> crumbs = Breadcrumbs.trail(meta, content, all, rules);
        List<HtmlLines.Line> kept = withoutFurniture(all);
        HtmlTitle title = HtmlTitle.find(meta.headline(), textOf(content.firstH1()), meta.pageTitle(),
                meta.siteName(), texts(kept));
        if (title == null) return skip(relPath, "no article text in the page");
        if (title.fromFirstLine()) {
            diagnostics.add(Diagnostic.warning(relPath, "no title in the markup (og:title, <h1>, <title>); "
                    + "the first line of text is the title"));
        }
        List<HtmlLines.Line> lines = articleLines(kept, title.index());

        Bylines.Byline markupByline = markupByline(content);
        String knownAuthor = firstOf(meta.author(), markupByline == null ? null : markupByline.author());
        PublishedAt published = metadataDate(relPath, meta, content, diagnostics);
        PublishedAt above = datelineAbove(kept, title.index());
        PublishedAt under = takeHeaderMeta(lines, knownAuthor);
        PublishedAt dateline = above != null ? above : under;
        Bylines.Byline headerByline = lines.isEmpty() ? null : bylines.labelledByline(lines.get(0).text());
        if (headerByline != null) lines.remove(0);

        List<SourceLine> sourceLines = new ArrayList<>(lines.size());
        for (HtmlLines.Line line : lines) sourceLines.add(line.line());
        ArticleTail tail = ArticleTail.read(sourceLines, 0, rules, bylines);
        List<Block> body = withHints(BodyBlocks.build(sourceLines.subList(0, tail.bodyEnd()), rules), lines);
        if (body.isEmpty()) return skip(relPath, "no article text in the page");

        String author = firstOf(meta.author(), markupByline == null ? null : markupByline.author(),
                headerByline == null ? null : headerByline.author(), tail.author(), meta.metaAuthor());
        String source = firstOf(tail.source(), markupByline == null ? null : markupByline.source(), leadOutlet(body),
                meta.siteName());
        String section = firstOf(meta.section(), Breadcrumbs.section(crumbs, title.text(), rules));
        ParsedArticle article = new ParsedArticle(title.text(), published != null ? published : dateline, author,
                source, null, merged(meta.tags(), tail.tags()), null, null, false, body,
                section == null ? Map.of() : Map.of("section", section));
        return ReadResult.of(article, diagnostics);
    }

    /** Drops chrome, counters and link lists; bylines, sources and keyword lines stay even when linked. */
    private List<HtmlLines.Line> withoutFurniture(List<HtmlLines.Line> all) {
        List<HtmlLines.Line> kept = new ArrayList<>(all.size());
        for (HtmlLines.Line line : all) {
            String text = line.text();
            if (rules.isChrome(text) || rules.isNoiseOnly(text)) continue;
            if (line.linkDensity() > MAX_LINK_DENSITY && bylines.byline(text) == null
                    && bylines.source(text) == null && bylines.keywords(text) == null) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    /**
     * The lines after the headline's own. Lines above the core element count only from the headline
     * down, or, when the headline is not among them, only if they are datelines or labelled bylines;
     * lines below the core only if they are labelled bylines, sources or keyword lines (a bare pair
     * of capitalised words there is more often a widget's heading than the author).
     */
    private List<HtmlLines.Line> articleLines(List<HtmlLines.Line> kept, int titleIndex) {
        List<HtmlLines.Line> lines = new ArrayList<>(kept.size());
        for (int i = titleIndex + 1; i < kept.size(); i++) {
            HtmlLines.Line line = kept.get(i);
            String text = line.text();
            boolean wanted = switch (line.zone()) {
                case ABOVE -> titleIndex >= 0 || rules.dateline(text, zone).isPresent() || bylines.labelledByline(text) != null;
                case CORE -> true;
                case BELOW -> bylines.labelledByline(text) != null || bylines.source(text) != null
                        || bylines.keywords(text) != null;
            };
            if (wanted) lines.add(line);
        }
        return lines;
    }

    /**
     * The first date claim of the markup that parses, or the publication {@code <time>}, or the first
     * date in a meta or byline element ({@code <span class="dateline">Thứ Sáu, 24/03/2023</span>});
     * else null.
     */
    private PublishedAt metadataDate(String relPath, HtmlMetadata meta, MainContent content, List<Diagnostic> out) {
        List<HtmlMetadata.DateClaim> claims = new ArrayList<>(meta.dates());
        if (content.publishedAt() != null) {
            claims.add(new HtmlMetadata.DateClaim(content.publishedAt(), "<time datetime>"));
        }
        for (HtmlMetadata.DateClaim claim : claims) {
            Optional<PublishedAt> date = FrontMatterDates.parse(claim.value(), zone);
            if (date.isPresent()) return date.get();
            out.add(Diagnostic.warning(relPath, "unparseable date '" + claim.value() + "' in " + claim.where()
                    + "; ignored"));
        }
        for (String line : content.metaLines()) {
            Optional<PublishedAt> date = Datelines.parse(line, zone);
            if (date.isPresent()) return date.get();
        }
        return null;
    }

    /**
     * Removes datelines from the lines under the headline, and lines that are the known author's
     * name, alone or with a date ({@code Lê Minh Anh · 24/03/2023 07:35}); gives the topmost date, or null.
     */
    private PublishedAt takeHeaderMeta(List<HtmlLines.Line> lines, String author) {
        String authorKey = author == null ? null : Folding.key(author);
        PublishedAt published = null;
        for (int i = Math.min(lines.size(), HEADER_LINES) - 1; i >= 0; i--) {
            String text = lines.get(i).text();
            if (authorKey != null && Folding.key(text).equals(authorKey)) {
                lines.remove(i);
                continue;
            }
            if (author != null && text.contains(author)) text = text.replace(author, " ");
            Optional<PublishedAt> date = rules.dateline(text, zone);
            if (date.isEmpty()) continue;
            published = date.get(); // walking up, so the topmost dateline wins
            lines.remove(i);
        }
        return published;
    }

    /** The date of the topmost dateline among the few lines right above the headline's line, or null. */
    private PublishedAt datelineAbove(List<HtmlLines.Line> lines, int titleIndex) {
        for (int i = Math.max(0, titleIndex - HEADER_LINES); i < titleIndex; i++) {
            Optional<PublishedAt> date = rules.dateline(lines.get(i).text(), zone);
            if (date.isPresent()) return date.get();
        }
        return null;
    }

    /** {@link BodyBlocks}' blocks, with what the markup said: a figcaption is a caption, a heading is not. */
    private static List<Block> withHints(List<Block> blocks, List<HtmlLines.Line> lines) {
        List<Block> out = new ArrayList<>(blocks.size());
        int j = 0;
        for (Block block : blocks) {
            // BodyBlocks keeps lines in order and only drops a repeated one, so each block's line is ahead.
            while (j < lines.size() - 1 && !lines.get(j).text().equals(block.text())) j++;
            HtmlLines.Hint hint = lines.get(j).hint();
            if (hint == HtmlLines.Hint.CAPTION && !block.isCaption()) block = Block.caption(block.text());
            else if (hint == HtmlLines.Hint.HEADING && block.isCaption()) block = Block.paragraph(block.text());
            out.add(block);
            j++;
        }
        return out;
    }

    /** The first byline element's text that reads as a byline. */
    private Bylines.Byline markupByline(MainContent content) {
        for (String text : content.bylines()) {
            String cleaned = HtmlMetadata.clean(text);
            Bylines.Byline byline = cleaned == null ? null : bylines.byline(cleaned);
            if (byline != null) return byline;
        }
        return null;
    }

    private static String leadOutlet(List<Block> body) {
        for (Block block : body) {
            if (block.isCaption()) continue;
            Matcher m = LEAD.matcher(block.text());
            return m.lookingAt() ? m.group(1).strip() : null;
        }
        return null;
    }

    /** Tags of the markup, then those of keyword lines, without repeats. */
    private static List<String> merged(List<String> first, List<String> second) {
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<String> list : List.of(first, second)) {
            for (String tag : list) {
                if (seen.add(Folding.key(tag))) tags.add(tag);
            }
        }
        return tags;
    }

    private static String textOf(Element e) {
        return e == null ? null : HtmlMetadata.clean(e.text());
    }

    private static List<String> texts(List<HtmlLines.Line> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (HtmlLines.Line line : lines) out.add(line.text());
        return out;
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null) return v;
        }
        return null;
    }

    private static ReadResult skip(String relPath, String why) {
        return ReadResult.skipped(Diagnostic.warning(relPath, "skipped: " + why));
    }
}
