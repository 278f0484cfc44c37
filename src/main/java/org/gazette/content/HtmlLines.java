package org.gazette.content;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of an element as the lines a raw-text dump of it would have: each block element and
 * each {@code <br>} ends a line; inline markup, links included, contributes only its text. Lines
 * are cleaned like raw text ({@link SourceLine#split}) and carry what the markup said about them.
 */
final class HtmlLines {
    /** What the markup says a line is. */
    enum Hint { TEXT, CAPTION, HEADING }

    /** Where a line is: above the core element, in it, or below it. */
    enum Zone { ABOVE, CORE, BELOW }

    /**
     * One line.
     *
     * @param line        the cleaned text, numbered in reading order
     * @param hint        a caption ({@code <figcaption>}, a class such as {@code wp-caption-text}) or a
     *                    heading, else text
     * @param zone        where the line is relative to the core element
     * @param linkDensity the share of its visible characters inside links
     */
    record Line(SourceLine line, Hint hint, Zone zone, double linkDensity) {
        String text() {
            return line.text();
        }
    }

    private HtmlLines() {}

    /**
     * The lines of {@code root}, leaving out the elements in {@code skip} and everything inside them.
     *
     * @param core {@code root} or an element inside it
     */
    static List<Line> of(Element root, Element core, Set<Element> skip) {
        Collector collector = new Collector(core, skip);
        NodeTraversor.filter(collector, root);
        collector.flush();
        return collector.lines;
    }

    private static final class Collector implements NodeFilter {
        private final Element core;
        private final Set<Element> skip;
        private final List<Line> lines = new ArrayList<>();
        private Zone zone = Zone.ABOVE;
        private final StringBuilder text = new StringBuilder();
        private int chars;
        private int linkChars;
        private int linkDepth;
        private int captionDepth;
        private int headingDepth;

        Collector(Element core, Set<Element> skip) {
            this.core = core;
            this.skip = skip;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.text();
                int visible = visibleChars(s);
                text.append(s);
                chars += visible;
                if (linkDepth > 0) linkChars += visible;
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            if (skip.contains(e)) return FilterResult.SKIP_ENTIRELY;
            if (e.normalName().equals("br") || MainContent.isBlock(e) || e == core) flush();
            if (e == core) zone = Zone.CORE;
            if (e.normalName().equals("a")) linkDepth++;
            if (isCaption(e)) captionDepth++;
            if (isHeading(e)) headingDepth++;
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            if (MainContent.isBlock(e) || e == core) flush();
            if (e == core) zone = Zone.BELOW;
            if (e.normalName().equals("a")) linkDepth--;
            if (isCaption(e)) captionDepth--;
            if (isHeading(e)) headingDepth--;
            return FilterResult.CONTINUE;
        }

        void flush() {
            if (text.isEmpty()) return;
            for (SourceLine line : SourceLine.split(text.toString())) {
                Hint hint = captionDepth > 0 ? Hint.CAPTION : headingDepth > 0 ? Hint.HEADING : Hint.TEXT;
                double density = chars == 0 ? 0 : (double) linkChars / chars;
                lines.add(new Line(new SourceLine(lines.size() + 1, line.text()), hint, zone, density));
            }
            text.setLength(0);
            chars = 0;
            linkChars = 0;
        }
    }

    private static boolean isCaption(Element e) {
        return e.normalName().equals("figcaption") || HtmlBoilerplate.hasClassWord(e, "caption");
    }

    private static boolean isHeading(Element e) {
        String n = e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }

    private static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!SourceLine.isSpace(s.charAt(i))) n++;
        }
        return n;
    }
}
