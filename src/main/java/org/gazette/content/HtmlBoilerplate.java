package org.gazette.content;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells page furniture from possible article text, one element at a time, from what the element
 * itself says: its tag, its ARIA role, whether it is hidden, and the words in its {@code class} and
 * {@code id}. No look at ancestors or descendants, so a whole page is judged in one linear pass;
 * the caller says whether the element sits inside an {@code <article>} or {@code <main>}.
 *
 * <p>Class and id words come in two strengths, as in Mozilla Readability's "unlikely candidates":
 * a strong word (comments, share bars, related articles, ads, cookie banners) marks furniture
 * wherever it appears, while a weak one (menu, widget, breadcrumb, pagination) is outweighed by a
 * content word ({@code article}, {@code content}, {@code entry}, …) in the same attributes, since
 * {@code entry-content has-menu} is still the article; a second, lenient judgement lets content
 * words outweigh strong ones as well. An {@code <article>}, {@code <main>} or
 * {@code [itemprop=articleBody]}, and an element enclosing one, is never furniture by its words.
 */
final class HtmlBoilerplate {
    /**
     * What an element is: possible article text, furniture, or furniture worth reading for
     * metadata: a breadcrumb trail, a byline ({@code .author}, {@code [rel=author]}), or the line
     * of author, date and comment count under a headline ({@code .entry-meta}, {@code .post-meta}).
     */
    enum Kind { CONTENT, FURNITURE, BREADCRUMB, BYLINE, META }

    /** Code, embedded documents, media, form controls and the page's own navigation: never article text. */
    private static final Set<String> FURNITURE_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas", "video", "audio", "map",
            "input", "button", "select", "option", "textarea", "nav", "aside", "footer", "dialog", "menu", "head");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "contentinfo", "complementary", "search",
            "dialog", "alertdialog", "menu", "menubar", "toolbar");
    private static final Set<String> STRONG_WORDS = Set.of("comment", "comments", "disqus", "share", "sharing",
            "sharebar", "social", "socials", "sns", "related", "recommended", "recommendation", "recommendations",
            "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "popup", "modal",
            "advert", "advertisement", "advertising", "ad", "ads", "sponsor", "sponsored", "promo", "sidebar");
    /**
     * Matched inside run-together names ({@code relatedposts}, {@code boxtinlienquan}); long enough
     * not to occur inside an unrelated word. The Vietnamese ones are the unaccented names sites use:
     * related news, comments, share, ads, other news, same section, most read.
     */
    private static final Pattern STRONG_STEMS = Pattern.compile("comment|disqus|related|cookie|newsletter|advert"
            + "|sponsor|outbrain|taboola|adsbygoogle|sidebar|socialshare|sharebar|screenreader|sronly|visuallyhidden"
            + "|skiplink|lienquan|binhluan|chiase|quangcao|tinkhac|cungchuyenmuc|xemnhieu|docnhieu");
    private static final Set<String> WEAK_WORDS = Set.of("widget", "widgets", "menu", "nav", "navbar", "navigation",
            "footer", "banner", "breadcrumb", "breadcrumbs", "toolbar", "pagination", "pager", "masthead", "search",
            "login", "signup", "rss", "topbar", "hidden");
    /** Not "main": {@code main-menu} and {@code main-nav} are menus. */
    private static final Set<String> CONTENT_WORDS = Set.of("article", "content", "entry", "story", "body", "detail");
    private static final Set<String> BYLINE_WORDS = Set.of("author", "byline");
    private static final Set<String> META_WORDS = Set.of("meta", "postmeta", "entrymeta", "dateline", "posted");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final int MAX_ATTRIBUTE = 300;

    private HtmlBoilerplate() {}

    /**
     * @param inArticle whether an {@code <article>} or {@code <main>} encloses the element
     * @param strict    whether a strong word marks furniture even next to a content word; when not,
     *                  {@code sidebar-content} is content, though {@code sidebar} still is not
     * @param enclosesArticle whether the element encloses the page's article element: then its
     *                  words do not count ({@code <div class="sidebar-1"><article>…})
     */
    static Kind classify(Element e, boolean inArticle, boolean strict, boolean enclosesArticle) {
        String tag = e.normalName();
        // Body classes describe the page ("has-sidebar", "single-post"), never a part of it.
        if (tag.equals("body") || tag.equals("html")) return Kind.CONTENT;
        if (FURNITURE_TAGS.contains(tag)) return isBreadcrumb(e) ? Kind.BREADCRUMB : Kind.FURNITURE;
        // A page header holds the logo and the menu; an article's own header holds its headline and date.
        if (tag.equals("header") && !inArticle) return Kind.FURNITURE;
        String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
        if (FURNITURE_ROLES.contains(role) || role.equals("banner") && !inArticle) return Kind.FURNITURE;
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
                || e.hasAttr("style") && HIDDEN_STYLE.matcher(capped(e.attr("style"))).find()) {
            return Kind.FURNITURE;
        }
        if (enclosesArticle || isArticleElement(e)) return Kind.CONTENT;
        if (isByline(e)) return Kind.BYLINE;
        String names = capped(e.className() + " " + e.id());
        if (names.isBlank()) return Kind.CONTENT;
        if (isBreadcrumb(e)) return Kind.BREADCRUMB;
        boolean strong = false;
        boolean weak = false;
        boolean content = false;
        boolean meta = false;
        for (String word : words(names)) {
            strong |= STRONG_WORDS.contains(word);
            weak |= WEAK_WORDS.contains(word);
            content |= CONTENT_WORDS.contains(word);
            meta |= META_WORDS.contains(word);
        }
        if (meta && !strong) return Kind.META;
        strong |= STRONG_STEMS.matcher(NOT_ALNUM.matcher(names.toLowerCase(Locale.ROOT)).replaceAll("")).find();
        return strong && strict || (strong || weak) && !content ? Kind.FURNITURE : Kind.CONTENT;
    }

    /**
     * The elements that enclose an article element: a {@code <main>}, an {@code [itemprop=articleBody]},
     * or an {@code <article>} that is not a teaser inside another. Each element is added once and a
     * walk up stops at the first one already added, so this is linear in the page however deep.
     */
    static Set<Element> enclosingArticles(Element body) {
        Set<Element> enclosing = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.traverse(new NodeVisitor() {
            private int articles;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e) || !HtmlBoilerplate.isArticleElement(e)) return;
                boolean article = e.normalName().equals("article");
                boolean teaser = article && articles > 0;
                if (article) articles++;
                if (teaser) return;
                Element p = e.parent();
                while (p != null && enclosing.add(p)) p = p.parent();
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("article")) articles--;
            }
        }, body);
        return enclosing;
    }

    /** An {@code <article>}, {@code <main>} or the element marked as the article body. */
    static boolean isArticleElement(Element e) {
        return e.normalName().equals("article") || e.normalName().equals("main")
                || e.attr("role").equalsIgnoreCase("main") || e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    /** An author's name by microdata, link relation or class word ({@code author}, {@code byline}). */
    static boolean isByline(Element e) {
        if (e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").equalsIgnoreCase("author")) return true;
        String names = capped(e.className() + " " + e.id());
        if (names.isBlank()) return false;
        for (String word : words(names)) {
            if (BYLINE_WORDS.contains(word)) return true;
        }
        return false;
    }

    /** Whether one of the words of the element's class is {@code word} ({@code wp-caption-text}: caption). */
    static boolean hasClassWord(Element e, String word) {
        String names = capped(e.className());
        if (names.isBlank()) return false;
        for (String w : words(names)) {
            if (w.equals(word)) return true;
        }
        return false;
    }

    /** A breadcrumb trail by class, id, ARIA label or microdata type. */
    private static boolean isBreadcrumb(Element e) {
        String names = capped(e.className() + " " + e.id() + " " + e.attr("aria-label") + " " + e.attr("itemtype"))
                .toLowerCase(Locale.ROOT);
        return names.contains("breadcrumb");
    }

    /** Lower-case words of class and id values, split at punctuation and at camelCase humps. */
    private static String[] words(String names) {
        return WORD_BREAK.split(CAMEL_HUMP.matcher(names).replaceAll("$1 $2").toLowerCase(Locale.ROOT));
    }

    private static String capped(String s) {
        return s.length() > MAX_ATTRIBUTE ? s.substring(0, MAX_ATTRIBUTE) : s;
    }
}
