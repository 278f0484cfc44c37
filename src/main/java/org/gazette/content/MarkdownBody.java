package org.gazette.content;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.gazette.text.Folding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown to sanitized HTML blocks: flexmark (CommonMark, GFM tables, strikethrough, autolinks)
 * renders, then Jsoup cleans the result against a safelist, so raw HTML in a file never reaches a
 * page unfiltered. Each top-level element becomes one {@link Block#html} block.
 *
 * <p>Thread-safe: flexmark's parser and renderer keep no per-document state (flexmark-java issues
 * #111, #206), and a Jsoup {@link Cleaner} may be shared once its safelist is configured.
 */
final class MarkdownBody {
    // Jsoup resolves every URL against a base to check its protocol and drops relative URLs when
    // there is none; any https base lets relative links through, and they are kept as written.
    private static final String BASE_URI = "https://gazette.invalid/";

    // Elements whose content is code, an embedded document or a form, not article text: removed
    // with their content before cleaning (the cleaner alone would keep their inner text).
    private static final String NOT_ARTICLE_TEXT =
            "script, style, noscript, template, iframe, frame, frameset, object, embed, applet, "
                    + "form, input, button, select, textarea, svg, math";

    /**
     * The rendered body.
     *
     * @param blocks       the blocks in order
     * @param titleHeading the text of a leading {@code <h1>} taken out to serve as the page title,
     *                     else null
     */
    record Rendered(List<Block> blocks, String titleHeading) { }

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;

    MarkdownBody() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()));
        // GitHub's table rules: rows padded or cut to the header's width, no column spans.
        options.set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        cleaner = new Cleaner(safelist());
    }

    /**
     * Jsoup's relaxed list (text formatting, headings, lists, tables, images, links) plus what
     * Markdown and news pages need: {@code hr}, {@code del}/{@code s} for strikethrough, figures,
     * table-cell alignment and the {@code language-*} class of fenced code. Links may be http,
     * https, mailto or relative; images http, https or relative. Everything else (event handlers,
     * {@code style}, {@code javascript:} and {@code data:} URLs) is dropped.
     */
    private static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("hr", "del", "s", "figure", "figcaption")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("code", "class")
                .removeProtocols("a", "href", "ftp")
                .preserveRelativeLinks(true);
    }

    /**
     * Renders and sanitizes a Markdown body.
     *
     * @param givenTitle the front matter's title, or null; a leading {@code # heading} is taken out
     *                   as the title when there is none, or when it repeats it
     */
    Rendered render(String markdown, String givenTitle) {
        Document dirty = Jsoup.parseBodyFragment(renderer.render(parser.parse(markdown)), BASE_URI);
        dirty.select(NOT_ARTICLE_TEXT).remove();
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        // What the cleaner left of unsafe links and images: a link without a target is just its
        // text, an image without a source is nothing.
        clean.select("a:not([href])").unwrap();
        clean.select("img:not([src])").remove();
        String titleHeading = takeTitleHeading(clean, givenTitle);
        renumberHeadings(clean);

        List<Block> blocks = new ArrayList<>();
        Element loose = null;
        for (Node node : new ArrayList<>(clean.body().childNodes())) {
            if (node instanceof Element element && !element.tag().isInline()) {
                addBlock(blocks, loose);
                loose = null;
                addBlock(blocks, element);
            } else if (node instanceof Element || node instanceof TextNode) {
                // Inline content outside any block, left by raw HTML such as <section>: one paragraph.
                if (loose == null) loose = clean.createElement("p");
                loose.appendChild(node);
            }
        }
        addBlock(blocks, loose);
        return new Rendered(List.copyOf(blocks), titleHeading);
    }

    /**
     * Takes out a leading {@code <h1>} that serves as the title: when no title was given, or when
     * it repeats the given one. Returns its text, or null when it stays in the body.
     */
    private static String takeTitleHeading(Document doc, String givenTitle) {
        Element first = doc.body().children().first();
        if (first == null || !first.normalName().equals("h1")) return null;
        String text = Folding.clean(first.text()).strip();
        if (givenTitle == null ? text.isEmpty() : !text.equals(givenTitle)) return null;
        first.remove();
        return text;
    }

    /**
     * Renumbers the body's headings so that the highest becomes {@code <h2>} and no level is
     * skipped: the page's headline is its only {@code <h1>}, and a correct outline is what screen
     * readers navigate by. {@code #}, {@code ##} and {@code ####} become h2, h3 and h4.
     */
    private static void renumberHeadings(Document doc) {
        Elements headings = doc.select("h1, h2, h3, h4, h5, h6");
        java.util.TreeSet<Integer> levels = new java.util.TreeSet<>();
        for (Element h : headings) levels.add(h.normalName().charAt(1) - '0');
        java.util.Map<Integer, Integer> to = new java.util.HashMap<>();
        int next = 2;
        for (int level : levels) to.put(level, Math.min(6, next++));
        for (Element h : headings) h.tagName("h" + to.get(h.normalName().charAt(1) - '0'));
    }

    /**
     * Adds {@code element} as a block unless it is missing or empty (a void element like
     * {@code <hr>} is not empty); tells whether it did.
     */
    private static boolean addBlock(List<Block> blocks, Element element) {
        if (element == null) return false;
        if (element.text().isBlank() && element.children().isEmpty() && !element.tag().isEmpty()) return false;
        blocks.add(Block.html(element.outerHtml(), Folding.clean(element.text())));
        return true;
    }
}
