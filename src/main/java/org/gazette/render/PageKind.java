package org.gazette.render;

/**
 * Every kind of page the site has, and the template that renders it. Templates see the kind as
 * {@code page.kind} (the lower-camel name), so one template can serve several kinds.
 */
public enum PageKind {
    HOME("list.ftlh"),
    ARTICLE("article.ftlh"),
    CATEGORY("list.ftlh"),
    TAG("list.ftlh"),
    CATEGORIES("terms.ftlh"),
    TAGS("terms.ftlh"),
    NOT_FOUND("404.ftlh"),
    SEARCH("search.ftlh");

    private final String template;

    PageKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }

    /** The name templates see: {@code home}, {@code article}, {@code notFound}… */
    public String id() {
        String[] parts = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return sb.toString();
    }
}
