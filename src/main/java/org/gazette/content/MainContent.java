package org.gazette.content;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the element that holds a saved page's article, in one pass over the page (two for a page
 * whose article the first pass finds very short).
 *
 * <p>The pass skips furniture ({@link HtmlBoilerplate}) and measures every block element: its
 * visible characters, those inside links, and a score for its text blocks in the manner of
 * jusText and Readability. A text block (the text of a block element outside its nested blocks)
 * scores nothing when it is short (under {@value #MIN_BLOCK} characters) or mostly links, else one
 * point, one per comma and one per hundred characters (at most three), times its share of
 * non-link text. A paragraph's score goes to its parent and half of it to its grandparent; text
 * sitting directly in a container counts for the container and half for its parent.
 *
 * <p>The choice: the page's own markup first ({@code [itemprop=articleBody]}, then the best
 * {@code <article>}, then {@code <main>}) when it holds at least {@value #SEMANTIC_SHARE} of the
 * page's scored text; otherwise the block with the best score times its share of non-link text.
 * From there the choice widens to a parent that adds little (a headline, a dateline, a lead
 * paragraph beside the body) but not to one that adds a column of text; {@link HtmlReader} reads
 * the lines it adds above the core from the headline down, and below it only bylines and sources.
 * When the chosen text is very short, the page is judged again with strong class words outweighed
 * by content words too ({@link HtmlBoilerplate#classify}), for a site that calls its article
 * {@code sidebar-content}; the second judgement is taken if it finds more text.
 *
 * @param root        the element the article's lines come from: the core, widened
 * @param core        the element chosen for its text: the article body, without headline or dateline
 * @param furniture   the furniture elements the pass skipped, to be skipped again when reading lines
 * @param breadcrumb  the first breadcrumb trail, or null
 * @param bylines     the texts of the first few byline elements outside furniture, in page order
 * @param metaLines   the texts of the first few byline and meta elements ({@code .entry-meta},
 *                    {@code .dateline}): they never reach the body, but may hold the date
 * @param firstH1     the first {@code <h1>} outside furniture, or null
 * @param publishedAt the {@code datetime} of the first {@code <time>} outside furniture that is not
 *                    an update stamp, preferring one marked as the publication date; or null
 */
record MainContent(Element root, Element core, Set<Element> furniture, Element breadcrumb, List<String> bylines,
                   List<String> metaLines, Element firstH1, String publishedAt) {
    private static final int MIN_BLOCK = 25;
    private static final double MAX_BLOCK_LINK_DENSITY = 0.5;
    private static final double SEMANTIC_SHARE = 0.4;
    /**
     * A parent is taken while all it adds to the core is at most this share of the core's text
     * or this many characters, whichever is more; and the same for link text. Links are allowed
     * more: the lines outside the core are read only for the headline, dateline and byline.
     */
    private static final double CLIMB_TEXT_SHARE = 0.25;
    private static final int CLIMB_TEXT = 400;
    private static final double CLIMB_LINK_SHARE = 1.0;
    private static final int CLIMB_LINKS = 400;
    /** Less text than this in the chosen element means the furniture words went wrong. */
    private static final int MIN_ARTICLE = 200;
    private static final int MAX_BYLINES = 4;

    static MainContent find(Document doc) {
        Set<Element> enclosing = HtmlBoilerplate.enclosingArticles(doc.body());
        Pass strict = new Pass(true, enclosing);
        strict.run(doc.body());
        Choice found = strict.choose();
        if (found.core.nonLink() >= MIN_ARTICLE) return strict.result(found);
        Pass lenient = new Pass(false, enclosing);
        lenient.run(doc.body());
        Choice second = lenient.choose();
        return second.core.nonLink() > found.core.nonLink() ? lenient.result(second) : strict.result(found);
    }

    /** The block chosen for its text, and the block its lines are read from. */
    private record Choice(Frame core, Frame root) {}

    /** The measures of one block element. */
    private static final class Frame {
        final Element element;
        final Frame parent;
        int ownChars;
        int ownLinks;
        int ownCommas;
        int chars;
        int links;
        double score;
        double credit;

        Frame(Element element, Frame parent) {
            this.element = element;
            this.parent = parent;
        }

        int nonLink() {
            return chars - links;
        }

        double linkDensity() {
            return chars == 0 ? 0 : (double) links / chars;
        }
    }

    private static final class Pass implements NodeFilter {
        private final boolean strict;
        private final Set<Element> enclosing;
        private final List<Frame> inOrder = new ArrayList<>();
        private final Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<Frame> bodies = new ArrayList<>();
        private final List<Frame> articles = new ArrayList<>();
        private final List<Frame> mains = new ArrayList<>();
        private Frame top;
        private int linkDepth;
        private int articleDepth;
        private Element breadcrumb;
        private Element firstH1;
        private final List<String> bylines = new ArrayList<>();
        private final List<String> metaLines = new ArrayList<>();
        private String markedTime;
        private String firstTime;

        Pass(boolean strict, Set<Element> enclosing) {
            this.strict = strict;
            this.enclosing = enclosing;
        }

        void run(Element body) {
            NodeTraversor.filter(this, body);
            // A frameset page has no body to measure; an empty frame stands for it.
            if (inOrder.isEmpty()) inOrder.add(new Frame(body, null));
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (top != null) countText(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            HtmlBoilerplate.Kind kind = HtmlBoilerplate.classify(e, articleDepth > 0, strict, enclosing.contains(e));
            if (kind != HtmlBoilerplate.Kind.CONTENT) {
                if (kind == HtmlBoilerplate.Kind.BREADCRUMB && breadcrumb == null) breadcrumb = e;
                if (kind == HtmlBoilerplate.Kind.BYLINE || kind == HtmlBoilerplate.Kind.META) readMeta(e);
                furniture.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e.normalName().equals("a")) linkDepth++;
            if (HtmlBoilerplate.isArticleElement(e)) articleDepth++;
            if (e.normalName().equals("h1") && firstH1 == null) firstH1 = e;
            if (e.normalName().equals("time")) time(e);
            if (isBlock(e)) {
                top = new Frame(e, top);
                inOrder.add(top);
                if (e.attr("itemprop").equalsIgnoreCase("articleBody")) bodies.add(top);
                else if (e.normalName().equals("article")) articles.add(top);
                else if (HtmlBoilerplate.isArticleElement(e)) mains.add(top);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            if (e.normalName().equals("a")) linkDepth--;
            if (HtmlBoilerplate.isArticleElement(e)) articleDepth--;
            if (top != null && top.element == e) close(top);
            return FilterResult.CONTINUE;
        }

        private void countText(String text) {
            int chars = 0;
            int commas = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!SourceLine.isSpace(c)) chars++;
                if (c == ',') commas++;
            }
            top.ownChars += chars;
            top.ownCommas += commas;
            if (linkDepth > 0) top.ownLinks += chars;
        }

        /**
         * The text, times and author names of a byline or meta line. Its elements are looked at here
         * once: the pass skips the whole element afterwards, so the page is still read in linear time.
         */
        private void readMeta(Element e) {
            if (metaLines.size() < MAX_BYLINES) metaLines.add(e.text());
            for (Element d : e.getAllElements()) {
                if (d.normalName().equals("time")) time(d);
                if (HtmlBoilerplate.isByline(d) && bylines.size() < MAX_BYLINES) bylines.add(d.text());
            }
        }

        private void time(Element e) {
            String value = e.attr("datetime").strip();
            if (value.isEmpty()) return;
            String names = (e.className() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
            boolean marked = e.hasAttr("pubdate") || names.contains("published") || names.contains("datepublished");
            if (marked && markedTime == null) markedTime = value;
            if (!names.contains("updated") && !names.contains("modified") && firstTime == null) firstTime = value;
        }

        /** Finishes a block: scores its own text, credits its ancestors, adds its measures to its parent's. */
        private void close(Frame f) {
            f.chars += f.ownChars;
            f.links += f.ownLinks;
            double s = blockScore(f);
            f.score += s;
            Frame parent = f.parent;
            if (isParagraph(f.element)) {
                if (parent != null) parent.credit += s;
                if (parent != null && parent.parent != null) parent.parent.credit += s / 2;
            } else {
                f.credit += s;
                if (parent != null) parent.credit += s / 2;
            }
            if (parent != null) {
                parent.chars += f.chars;
                parent.links += f.links;
                parent.score += f.score;
            }
            top = parent;
        }

        private static double blockScore(Frame f) {
            if (f.ownChars < MIN_BLOCK) return 0;
            double linkDensity = (double) f.ownLinks / f.ownChars;
            if (linkDensity > MAX_BLOCK_LINK_DENSITY) return 0;
            return (1 + f.ownCommas + Math.min(f.ownChars / 100, 3)) * (1 - linkDensity);
        }

        Choice choose() {
            Frame body = inOrder.get(0);
            Frame core = semantic(body.score);
            if (core != null) return new Choice(core, widen(core));
            core = bestScored();
            return core == null ? new Choice(body, body) : new Choice(core, widen(core));
        }

        MainContent result(Choice choice) {
            return new MainContent(choice.root.element, choice.core.element, furniture, breadcrumb,
                    List.copyOf(bylines), List.copyOf(metaLines), firstH1, markedTime != null ? markedTime : firstTime);
        }

        /** The article body, article or main element when the page marks one that holds most of its text. */
        private Frame semantic(double pageScore) {
            for (List<Frame> group : List.of(bodies, articles, mains)) {
                Frame best = null;
                for (Frame f : group) {
                    if (best == null || f.score > best.score) best = f;
                }
                if (best != null && best.score > 0 && best.score >= SEMANTIC_SHARE * pageScore) return best;
            }
            return null;
        }

        private Frame bestScored() {
            Frame best = null;
            double bestValue = 0;
            for (Frame f : inOrder) {
                double value = f.credit * (1 - f.linkDensity());
                if (value > bestValue) {
                    best = f;
                    bestValue = value;
                }
            }
            return best;
        }

        /**
         * Takes parents while, all together, they add little text to the core's and not a great
         * many links; an article or main element above the core is as far as it goes.
         */
        private static Frame widen(Frame core) {
            Frame f = core;
            int base = core.nonLink();
            while (f.parent != null && f.parent.parent != null && (f == core || !isArticleOrMain(f.element))) {
                Frame p = f.parent;
                if (p.nonLink() - base > Math.max(CLIMB_TEXT_SHARE * base, CLIMB_TEXT)
                        || p.links - core.links > Math.max(CLIMB_LINK_SHARE * base, CLIMB_LINKS)) {
                    break;
                }
                f = p;
            }
            return f;
        }
    }

    private static boolean isArticleOrMain(Element e) {
        return e.normalName().equals("article") || e.normalName().equals("main")
                || e.attr("role").equalsIgnoreCase("main");
    }

    /** Block elements and unknown ones (custom elements are mostly containers) make frames. */
    static boolean isBlock(Element e) {
        return e.tag().isBlock() || !e.tag().isKnownTag();
    }

    /** Elements whose text is one paragraph of a container, rather than a container of their own. */
    private static boolean isParagraph(Element e) {
        return switch (e.normalName()) {
            case "p", "pre", "blockquote", "li", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption" -> true;
            default -> false;
        };
    }
}
