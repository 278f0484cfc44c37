package org.gazette.render;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.diag.Diagnostics;
import org.gazette.testing.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds and sitemaps of the demo site, read with a real feed parser and an XML parser. */
class FeedsAndSitemapIT {
    static final String BASE = "https://example.org/archive/";

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        out = tmp.resolve("out");
        new Build(BuildOptions.of(Path.of("")).withBaseUrl(BASE).withOutput(out), new Diagnostics()).run();
    }

    static SyndFeed feed(String rel) throws Exception {
        try (XmlReader r = new XmlReader(out.resolve(rel).toFile())) {
            return new SyndFeedInput().build(r);
        }
    }

    @Test
    void siteFeedsListTheLatestDatedArticlesWithAbsoluteLinks() throws Exception {
        for (String rel : List.of("feed.xml", "atom.xml")) {
            SyndFeed f = feed(rel);
            assertThat(f.getEntries()).as(rel).isNotEmpty().hasSizeLessThanOrEqualTo(50);
            SyndEntry previous = null;
            for (SyndEntry e : f.getEntries()) {
                assertThat(e.getLink()).as(rel).startsWith(BASE);
                assertThat(e.getPublishedDate()).as(rel + " " + e.getTitle()).isNotNull();
                assertThat(e.getDescription().getValue()).as(rel).isNotBlank();
                if (previous != null) assertThat(e.getPublishedDate()).isBeforeOrEqualTo(previous.getPublishedDate());
                previous = e;
            }
        }
        String atom = Files.readString(out.resolve("atom.xml"));
        String firstUpdated = atom.replaceAll("(?s).*?<updated>([^<]+)</updated>.*", "$1");
        assertThat(OffsetDateTime.parse(firstUpdated)).isNotNull();
        String rss = Files.readString(out.resolve("feed.xml"));
        assertThat(rss).containsPattern("<pubDate>[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}</pubDate>");
    }

    @Test
    void everyCategoryAndTagPageAdvertisesItsOwnFeeds() throws Exception {
        Map<String, String> html = Trees.html(out);
        int checked = 0;
        for (Map.Entry<String, String> e : html.entrySet()) {
            String page = e.getKey();
            boolean term = page.matches("tag/[^/]+/index\\.html") || page.matches("(thoi-su|kinh-te|van-hoa)/index\\.html");
            if (!term) continue;
            String dir = page.substring(0, page.length() - "index.html".length());
            assertThat(e.getValue()).as(page).contains("href=\"/archive/" + dir + "feed.xml\"")
                    .contains("href=\"/archive/" + dir + "atom.xml\"");
            assertThat(feed(dir + "feed.xml").getTitle()).isNotBlank();
            assertThat(feed(dir + "atom.xml").getEntries()).isNotNull();
            checked++;
        }
        assertThat(checked).isGreaterThan(3);
    }

    @Test
    void sitemapListsEveryPageWithAbsoluteUrlsAndRobotsPointsAtIt() throws Exception {
        Document d = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        NodeList urls = d.getElementsByTagName("url");
        List<String> locs = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element u = (Element) urls.item(i);
            String loc = u.getElementsByTagName("loc").item(0).getTextContent();
            assertThat(loc).startsWith(BASE);
            NodeList lastmod = u.getElementsByTagName("lastmod");
            if (lastmod.getLength() > 0) {
                String v = lastmod.item(0).getTextContent();
                assertThat(v).matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2})?");
            }
            String rel = loc.substring(BASE.length());
            assertThat(out.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel)).isRegularFile();
            locs.add(loc);
        }
        // Every HTML page but the not-found and search pages, which nobody should land on from a search engine.
        long htmlPages = Trees.html(out).keySet().stream()
                .filter(p -> !p.equals("404.html") && !p.equals("search/index.html")).count();
        assertThat(locs).doesNotHaveDuplicates().hasSize((int) htmlPages);
        assertThat(Files.readString(out.resolve("robots.txt"))).contains("Sitemap: " + BASE + "sitemap.xml");
    }
}
