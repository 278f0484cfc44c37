package org.gazette.content;

import org.gazette.text.Folding;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A saved page's breadcrumb trail ({@code Trang chủ > Tin tức > Thời sự}) and the section it names. */
final class Breadcrumbs {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[>›»|]\\s*");
    /** A breadcrumb line is looked for above the core and among this many lines at its top. */
    private static final int TOP_LINES = 4;

    private Breadcrumbs() {}

    /**
     * The trail: JSON-LD's {@code BreadcrumbList}, else a breadcrumb element, else a line near the
     * top that starts with a chrome entry and has separators ({@code Trang chủ > Tin tức}); else empty.
     */
    static List<String> trail(HtmlMetadata meta, MainContent content, List<HtmlLines.Line> lines,
                              RawTextRules rules) {
        if (!meta.breadcrumb().isEmpty()) return meta.breadcrumb();
        Element trail = content.breadcrumb();
        if (trail != null) {
            List<String> items = new ArrayList<>();
            for (Element li : trail.getElementsByTag("li")) items.add(li.text());
            return parts(items.isEmpty() ? trail.text() : String.join(" > ", items));
        }
        int coreLines = 0;
        for (HtmlLines.Line line : lines) {
            boolean pastTop = line.zone() == HtmlLines.Zone.CORE && ++coreLines > TOP_LINES;
            if (pastTop || line.zone() == HtmlLines.Zone.BELOW) break;
            List<String> parts = parts(line.text());
            if (parts.size() > 1 && rules.isChrome(parts.get(0))) return parts;
        }
        return List.of();
    }

    /** The last crumb that is neither the home page (a chrome entry) nor the article itself, or null. */
    static String section(List<String> trail, String title, RawTextRules rules) {
        String titleKey = Folding.key(title);
        for (int i = trail.size() - 1; i >= 0; i--) {
            String crumb = trail.get(i);
            if (!rules.isChrome(crumb) && !Folding.key(crumb).equals(titleKey)) return crumb;
        }
        return null;
    }

    private static List<String> parts(String trail) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATOR.split(trail)) {
            String p = HtmlMetadata.clean(part);
            if (p != null) parts.add(p);
        }
        return parts;
    }
}
