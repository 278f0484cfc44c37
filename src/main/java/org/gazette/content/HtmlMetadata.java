package org.gazette.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.gazette.text.Folding;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a saved page says about itself outside its text: Open Graph and {@code article:} meta tags,
 * plain meta tags, microdata and schema.org JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting}…, also inside {@code @graph} and arrays), and its breadcrumb trail. Values
 * are cleaned text; anything absent is null or empty. Nothing here decides between the page's
 * claims and its text: {@link HtmlReader} does.
 *
 * @param headline   {@code og:title}, JSON-LD {@code headline}, {@code twitter:title}, in that order
 * @param pageTitle  the {@code <title>}
 * @param siteName   {@code og:site_name} or the JSON-LD publisher's name
 * @param dates      publication-date claims, most trusted first
 * @param author     {@code article:author} (unless a profile URL) or JSON-LD author names
 * @param metaAuthor {@code <meta name=author>}, which many sites fill with their own name
 * @param section    {@code article:section} or JSON-LD {@code articleSection}
 * @param breadcrumb the JSON-LD {@code BreadcrumbList} names, in order, or empty
 * @param tags       {@code article:tag}, else JSON-LD {@code keywords}, else meta keywords
 * @param notes      what was wrong with the structured data, as sentences
 */
record HtmlMetadata(String headline, String pageTitle, String siteName, List<DateClaim> dates, String author,
                    String metaAuthor, String section, List<String> breadcrumb, List<String> tags, List<String> notes) {

    /** A date as the page gives it, and where it was found (for diagnostics). */
    record DateClaim(String value, String where) {}

    private static final JsonMapper JSON = JsonMapper.builder()
            // Hand-written JSON-LD often has raw line breaks in strings and trailing commas.
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Meta values are short; a longer one is page-builder garbage, not a name or a title. */
    private static final int MAX_VALUE = 500;

    static HtmlMetadata read(Document doc) {
        Builder b = new Builder();
        for (Element meta : doc.getElementsByTag("meta")) b.meta(meta);
        for (Element script : doc.getElementsByTag("script")) {
            if (script.attr("type").strip().equalsIgnoreCase("application/ld+json")) b.jsonLd(script.data());
        }
        Element title = doc.getElementsByTag("title").first();
        String pageTitle = title == null ? null : clean(title.text());
        return b.build(pageTitle);
    }

    /** Collects values in document order; the first value of each kind wins. */
    private static final class Builder {
        String ogTitle;
        String twitterTitle;
        String ldHeadline;
        String ogSiteName;
        String ldPublisher;
        String articleAuthor;
        String ldAuthor;
        String metaAuthor;
        String articleSection;
        String ldSection;
        final List<DateClaim> metaDates = new ArrayList<>();
        final List<DateClaim> ldDates = new ArrayList<>();
        final List<DateClaim> otherDates = new ArrayList<>();
        List<String> breadcrumb = List.of();
        final List<String> articleTags = new ArrayList<>();
        List<String> ldKeywords = List.of();
        List<String> metaKeywords = List.of();
        final List<String> notes = new ArrayList<>();

        void meta(Element meta) {
            String key = (meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop"))
                    .strip().toLowerCase(Locale.ROOT);
            String value = clean(meta.attr("content"));
            if (key.isEmpty() || value == null) return;
            switch (key) {
                case "og:title" -> ogTitle = first(ogTitle, value);
                case "twitter:title" -> twitterTitle = first(twitterTitle, value);
                case "headline" -> ldHeadline = first(ldHeadline, value);
                case "og:site_name" -> ogSiteName = first(ogSiteName, value);
                case "article:author" -> articleAuthor = first(articleAuthor, isUrl(value) ? null : value);
                case "author" -> metaAuthor = first(metaAuthor, value);
                case "article:section" -> articleSection = first(articleSection, value);
                case "article:tag" -> articleTags.addAll(split(value));
                case "keywords", "news_keywords" -> {
                    if (metaKeywords.isEmpty()) metaKeywords = split(value);
                }
                case "article:published_time", "og:published_time" ->
                        metaDates.add(new DateClaim(value, "<meta " + key + ">"));
                case "datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "dc.date" ->
                        otherDates.add(new DateClaim(value, "<meta " + key + ">"));
                default -> { }
            }
        }

        void jsonLd(String data) {
            JsonNode root;
            try {
                root = JSON.readTree(data);
            } catch (JacksonException e) {
                notes.add("a JSON-LD block is not valid JSON and was ignored");
                return;
            }
            if (root == null) return;
            // Top level may be one object, an array of objects, or an object with an @graph array,
            // and a WebPage may hold the article as its mainEntity: as deep as publishers nest it.
            List<JsonNode> nodes = new ArrayList<>();
            for (JsonNode node : elements(root)) {
                nodes.add(node);
                for (JsonNode inGraph : elements(node.path("@graph"))) nodes.add(inGraph);
            }
            for (int i = 0, n = nodes.size(); i < n; i++) nodes.addAll(elements(nodes.get(i).path("mainEntity")));
            for (JsonNode node : nodes) {
                if (hasType(node, HtmlMetadata::isArticleType)) article(node);
                else if (hasType(node, "BreadcrumbList"::equals) && breadcrumb.isEmpty()) breadcrumb = crumbs(node);
            }
        }

        private void article(JsonNode n) {
            ldHeadline = first(ldHeadline, text(n.path("headline")));
            String published = text(n.path("datePublished"));
            if (published != null) ldDates.add(new DateClaim(published, "JSON-LD datePublished"));
            ldAuthor = first(ldAuthor, people(n.path("author")));
            ldPublisher = first(ldPublisher, text(n.path("publisher").path("name")));
            JsonNode section = n.path("articleSection");
            ldSection = first(ldSection, text(section.isArray() ? section.path(0) : section));
            if (ldKeywords.isEmpty()) ldKeywords = keywords(n.path("keywords"));
            if (hasType(n.path("breadcrumb"), "BreadcrumbList"::equals) && breadcrumb.isEmpty()) {
                breadcrumb = crumbs(n.path("breadcrumb"));
            }
        }

        HtmlMetadata build(String pageTitle) {
            List<DateClaim> dates = new ArrayList<>(metaDates);
            dates.addAll(ldDates);
            dates.addAll(otherDates);
            List<String> tags = !articleTags.isEmpty() ? distinct(articleTags)
                    : !ldKeywords.isEmpty() ? ldKeywords : metaKeywords;
            return new HtmlMetadata(first(ogTitle, first(ldHeadline, twitterTitle)), pageTitle,
                    first(ogSiteName, ldPublisher), List.copyOf(dates), first(ldAuthor, articleAuthor), metaAuthor,
                    first(articleSection, ldSection), breadcrumb, tags, List.copyOf(notes));
        }
    }

    private static boolean isArticleType(String type) {
        return type.endsWith("Article") || type.endsWith("Posting");
    }

    private static boolean hasType(JsonNode node, java.util.function.Predicate<String> wanted) {
        for (JsonNode type : elements(node.path("@type"))) {
            String t = type.asText("");
            if (wanted.test(t.substring(t.lastIndexOf('/') + 1))) return true;
        }
        return false;
    }

    /** A node as a list: an array's elements, or the node itself (none when missing). */
    private static List<JsonNode> elements(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return List.of();
        if (!node.isArray()) return List.of(node);
        List<JsonNode> out = new ArrayList<>();
        node.forEach(out::add);
        return out;
    }

    /** Author names: a string, an object with a name, or an array of either; organizations are not authors. */
    private static String people(JsonNode author) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode a : elements(author)) {
            if (hasType(a, "Organization"::equals) || hasType(a, "NewsMediaOrganization"::equals)) continue;
            String name = a.isObject() ? text(a.path("name")) : text(a);
            if (name != null && !isUrl(name)) names.add(name);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static List<String> keywords(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode k : elements(node)) {
            String value = text(k);
            if (value != null) out.addAll(split(value));
        }
        return distinct(out);
    }

    /** The names of a {@code BreadcrumbList}, by position when the items give one. */
    private static List<String> crumbs(JsonNode list) {
        List<JsonNode> items = new ArrayList<>(elements(list.path("itemListElement")));
        items.sort(java.util.Comparator.comparingInt(i -> i.path("position").asInt(Integer.MAX_VALUE)));
        List<String> names = new ArrayList<>();
        for (JsonNode item : items) {
            String name = first(text(item.path("name")), text(item.path("item").path("name")));
            if (name != null) names.add(name);
        }
        return List.copyOf(names);
    }

    /** A scalar's text, cleaned; entities decoded, since many sites escape JSON-LD for HTML. */
    private static String text(JsonNode node) {
        if (!node.isValueNode() || node.isNull()) return null;
        String value = node.asText();
        return clean(value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, false) : value);
    }

    /** Cleaned, whitespace collapsed, or null when blank or too long to be a value. */
    static String clean(String value) {
        if (value == null || value.length() > 4 * MAX_VALUE) return null;
        String s = SPACES.matcher(Folding.clean(value).strip()).replaceAll(" ");
        return s.isEmpty() || s.length() > MAX_VALUE ? null : s;
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(value)) {
            String tag = clean(part);
            if (tag != null) out.add(tag);
        }
        return out;
    }

    private static List<String> distinct(List<String> values) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String v : values) {
            if (seen.add(Folding.key(v))) out.add(v);
        }
        return List.copyOf(out);
    }

    private static boolean isUrl(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://") || v.startsWith("//") || v.startsWith("www.");
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
