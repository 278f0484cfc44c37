package org.gazette.render;

/**
 * Every kind of page the site has, the template that renders it, and whether it is an HTML page
 * (listed in the sitemap). Templates see the kind as {@code page.kind} (lower camel case), so one
 * template can serve several kinds.
 */
public enum PageKind {
    HOME("list.ftlh", true),
    ARTICLE("article.ftlh", true),
    /** A near-duplicate pointing at its canonical article: its own URL, listed nowhere. */
    COPY("article.ftlh", false),
    CATEGORY("list.ftlh", true),
    TAG("list.ftlh", true),
    CATEGORIES("terms.ftlh", true),
    TAGS("terms.ftlh", true),
    ARCHIVE("archive.ftlh", true),
    ARCHIVE_YEAR("archive.ftlh", true),
    ARCHIVE_MONTH("list.ftlh", true),
    ARCHIVE_UNDATED("list.ftlh", true),
    NOT_FOUND("404.ftlh", false),
    SEARCH("search.ftlh", false),
    RSS("feeds/rss.ftlx", false),
    ATOM("feeds/atom.ftlx", false),
    SITEMAP("sitemap/sitemap.ftlx", false),
    SITEMAP_INDEX("sitemap/sitemap-index.ftlx", false),
    ROBOTS("robots.txt.ftl", false);

    private final String template;
    private final boolean listed;

    PageKind(String template, boolean listed) {
        this.template = template;
        this.listed = listed;
    }

    public String template() {
        return template;
    }

    /** Whether pages of this kind are listed in the sitemap. */
    public boolean listed() {
        return listed;
    }

    /** The name templates see: {@code home}, {@code article}, {@code notFound}… */
    public String id() {
        String[] parts = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return sb.toString();
    }
}
