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
     * @param blocks    the blocks in order
     * @param leadingH1 the text of the first block when it is an {@code <h1>}, else null
     */
    record Rendered(List<Block> blocks, String leadingH1) {
        /** The blocks without the leading {@code <h1>}, for when it serves as the page title. */
        List<Block> withoutLeadingH1() {
            return leadingH1 == null ? blocks : blocks.subList(1, blocks.size());
        }
    }

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

    Rendered render(String markdown) {
        Document dirty = Jsoup.parseBodyFragment(renderer.render(parser.parse(markdown)), BASE_URI);
        dirty.select(NOT_ARTICLE_TEXT).remove();
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        // What the cleaner left of unsafe links and images: a link without a target is just its
        // text, an image without a source is nothing.
        clean.select("a:not([href])").unwrap();
        clean.select("img:not([src])").remove();
        Element first = clean.body().children().first();
        Element titleCandidate = first != null && first.normalName().equals("h1") ? first : null;
        demoteHeadings(clean);

        List<Block> blocks = new ArrayList<>();
        String leadingH1 = null;
        Element loose = null;
        for (Node node : new ArrayList<>(clean.body().childNodes())) {
            if (node instanceof Element element && !element.tag().isInline()) {
                addBlock(blocks, loose);
                loose = null;
                if (addBlock(blocks, element) && blocks.size() == 1 && element == titleCandidate) {
                    leadingH1 = blocks.get(0).plainText();
                }
            } else if (node instanceof Element || node instanceof TextNode) {
                // Inline content outside any block, left by raw HTML such as <section>: one paragraph.
                if (loose == null) loose = clean.createElement("p");
                loose.appendChild(node);
            }
        }
        addBlock(blocks, loose);
        return new Rendered(List.copyOf(blocks), leadingH1);
    }

    /**
     * Moves every heading one level down ({@code #} becomes {@code <h2>}): the page's own headline
     * is its only {@code <h1>}. Deepest first, so no heading moves twice.
     */
    private static void demoteHeadings(Document doc) {
        for (int level = 5; level >= 1; level--) {
            for (Element h : doc.select("h" + level)) h.tagName("h" + (level + 1));
        }
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
