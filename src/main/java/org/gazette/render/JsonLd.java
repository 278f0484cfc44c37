package org.gazette.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gazette.site.Article;

/**
 * schema.org structured data as JSON, written with Jackson rather than by string concatenation.
 * {@code <}, {@code >} and {@code &} are escaped as {@code \\u003c} etc., so the JSON can sit inside
 * a {@code <script>} element whatever the article's text says.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
    }

    private JsonLd() {}

    /**
     * A {@code NewsArticle}: headline, datePublished (absent when unknown), author (Person) and
     * sourceOrganization when known, articleSection, keywords, inLanguage, url.
     */
    static String newsArticle(Article a, String url, String sectionName, String language, String publisher) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", "NewsArticle");
        n.put("headline", a.title());
        if (a.published() != null) n.put("datePublished", a.published().iso());
        if (a.author() != null) {
            ObjectNode p = n.putObject("author");
            p.put("@type", "Person");
            p.put("name", a.author());
        }
        if (a.source() != null) {
            ObjectNode o = n.putObject("sourceOrganization");
            o.put("@type", "Organization");
            o.put("name", a.source());
        }
        n.put("articleSection", sectionName);
        ArrayNode keywords = n.putArray("keywords");
        a.tags().forEach(keywords::add);
        n.put("inLanguage", language);
        n.put("url", url);
        n.put("mainEntityOfPage", url);
        if (!a.summary().isEmpty()) n.put("description", a.summary());
        ObjectNode pub = n.putObject("publisher");
        pub.put("@type", "Organization");
        pub.put("name", publisher);
        return write(n);
    }

    /** One step of a breadcrumb trail. */
    record Crumb(String name, String url) { }

    /** A {@code BreadcrumbList}: home › category › article, with absolute URLs. */
    static String breadcrumbs(java.util.List<Crumb> crumbs) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", "BreadcrumbList");
        ArrayNode items = n.putArray("itemListElement");
        for (int i = 0; i < crumbs.size(); i++) {
            ObjectNode item = items.addObject();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).name());
            item.put("item", crumbs.get(i).url());
        }
        return write(n);
    }

    /** A {@code CollectionPage}: a list of articles, part of the site. */
    static String collectionPage(String name, String url, String siteName, String siteUrl) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", "CollectionPage");
        n.put("name", name);
        n.put("url", url);
        ObjectNode site = n.putObject("isPartOf");
        site.put("@type", "WebSite");
        site.put("name", siteName);
        site.put("url", siteUrl);
        return write(n);
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD could not be written", e);
        }
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_CUSTOM;
            escapes['>'] = CharacterEscapes.ESCAPE_CUSTOM;
            escapes['&'] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Only the three characters marked above; everything else (Vietnamese included) stays as is.
            return ch == '<' || ch == '>' || ch == '&' ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
