package org.gazette.render;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Turns site paths ({@code /kinh-te/bai-viet/}, {@code /assets/css/site.css}) into the links a page
 * writes, for the three ways a site is hosted:
 * <ul>
 *   <li>at a domain root or a sub-path: root-relative links under the base URL's path
 *       ({@code /archive/kinh-te/bai-viet/});</li>
 *   <li>portable (opened from disk): links relative to the page, pointing at files
 *       ({@code ../../kinh-te/bai-viet/index.html}).</li>
 * </ul>
 * Absolute URLs (canonical, feeds, sitemaps) always carry the whole base URL.
 */
public final class Links {
    private final String baseUrl;   // ends with '/'
    private final String basePath;  // starts and ends with '/'
    private final boolean portable;

    public Links(String baseUrl, boolean portable) {
        String b = baseUrl == null || baseUrl.isBlank() ? "/" : baseUrl.strip();
        if (!b.endsWith("/")) b = b + "/";
        this.baseUrl = b;
        this.basePath = pathOf(b);
        this.portable = portable;
    }

    /** Whether the base URL names a host, so that absolute URLs are really absolute. */
    public boolean hasHost() {
        return baseUrl.startsWith("http://") || baseUrl.startsWith("https://");
    }

    public boolean portable() {
        return portable;
    }

    /** The base URL's path: {@code /} or {@code /archive/}. */
    public String basePath() {
        return basePath;
    }

    /**
     * The link from the page at {@code fromPath} to the site path {@code to}. A query or fragment
     * on {@code to} is kept.
     */
    public String href(String fromPath, String to) {
        if (to == null || to.isEmpty()) return to;
        if (isExternal(to)) return to;
        if (!to.startsWith("/")) return to;
        if (!portable) return basePath.length() == 1 ? to : basePath + to.substring(1); // at the root: the path itself
        int cut = firstOf(to, '?', '#');
        String path = cut < 0 ? to : to.substring(0, cut);
        String rest = cut < 0 ? "" : to.substring(cut);
        if (path.endsWith("/")) path = path + "index.html";
        return relative(directoryOf(fromPath), path) + rest;
    }

    /** The absolute URL of a site path: {@code https://example.org/archive/kinh-te/}. */
    public String absolute(String to) {
        if (isExternal(to)) return to;
        String p = to.startsWith("/") ? to.substring(1) : to;
        return hasHost() ? baseUrl + p : basePath + p;
    }

    /** The file a site path is written to, relative to the output folder. */
    public static String outputFile(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }

    private static String relative(String fromDir, String toPath) {
        // fromDir and toPath are absolute site paths; fromDir ends with '/'.
        String[] from = fromDir.substring(1).split("/", -1);
        String[] to = toPath.substring(1).split("/", -1);
        int fromDepth = from.length - 1; // last element is "" after the trailing '/'
        int common = 0;
        while (common < fromDepth && common < to.length - 1 && from[common].equals(to[common])) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < fromDepth; i++) sb.append("../");
        for (int i = common; i < to.length; i++) {
            sb.append(to[i]);
            if (i < to.length - 1) sb.append('/');
        }
        return sb.length() == 0 ? "index.html" : sb.toString();
    }

    private static String directoryOf(String sitePath) {
        if (sitePath.endsWith("/")) return sitePath;
        return sitePath.substring(0, sitePath.lastIndexOf('/') + 1);
    }

    private static boolean isExternal(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("mailto:") || s.startsWith("//");
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a), j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }

    private static String pathOf(String url) {
        if (url.startsWith("/")) return url;
        try {
            String p = new URI(url).getRawPath();
            if (p == null || p.isEmpty()) return "/";
            return p.endsWith("/") ? p : p + "/";
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL '" + url + "' is not a valid URL", e);
        }
    }
}
