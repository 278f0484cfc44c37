package org.gazette.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds broken internal links and assets in a built site: every {@code href}, {@code src} and
 * form {@code action} of every HTML page is resolved the way a browser would (against the page's
 * URL under the base path, or against the file in a portable build) and must name a file that
 * exists in the output.
 */
public final class LinkChecker {
    private final Path root;
    private final String basePath;
    private final boolean portable;

    /**
     * @param root     the output folder
     * @param basePath the path the site is served under ({@code /} or {@code /archive/}); ignored when portable
     * @param portable whether links are relative to files
     */
    public LinkChecker(Path root, String basePath, boolean portable) {
        this.root = root;
        this.basePath = basePath;
        this.portable = portable;
    }

    /** Every broken link as {@code page: link}; empty when all are fine. */
    public List<String> broken() {
        List<String> out = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(root)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path page : pages) {
            Document d;
            try {
                d = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String rel = root.relativize(page).toString().replace('\\', '/');
            for (Element e : d.select("a[href], link[href], script[src], img[src], form[action]")) {
                String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
                String link = e.attr(attr);
                if (e.is("link[rel=canonical]")) continue;
                String problem = check(rel, link);
                if (problem != null) out.add(rel + ": " + link + " (" + problem + ")");
            }
        }
        return out;
    }

    private String check(String pageRel, String link) {
        if (link.isEmpty() || link.startsWith("#") || link.startsWith("mailto:")) return null;
        if (link.startsWith("http://") || link.startsWith("https://") || link.startsWith("//")) {
            return link.contains("example.org") || link.contains("127.0.0.1") ? "absolute link to the site itself" : null;
        }
        String target;
        if (portable) {
            if (link.startsWith("/")) return "root-relative link in a portable build";
            URI resolved = URI.create("file:///" + pageRel).resolve(link);
            target = resolved.getPath().substring(1);
            if (target.isEmpty() || target.endsWith("/")) return "portable links must name a file";
        } else {
            if (!link.startsWith(basePath)) return "outside the base path " + basePath;
            target = URI.create(link).getPath().substring(basePath.length());
            if (target.isEmpty() || target.endsWith("/")) target = target + "index.html";
        }
        return Files.isRegularFile(root.resolve(target)) ? null : "no file " + target;
    }
}
