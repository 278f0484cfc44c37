package org.gazette.build;

import org.gazette.diag.Diagnostics;
import org.gazette.testing.Trees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds the repository's demo archive and checks the whole output. */
class BuildIT {
    static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    static BuildReport build(Path source, Path output, int threads) {
        return new Build(BuildOptions.of(source).withOutput(output).withThreads(threads), new Diagnostics()).run();
    }

    @Test
    void buildsTheDemoArchive() {
        Path out = tmp.resolve("public");
        BuildReport r = build(REPO, out, 2);
        assertThat(r.articles()).isGreaterThanOrEqualTo(15);
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("404.html")).exists();
        assertThat(out.resolve("categories/index.html")).exists();
        assertThat(out.resolve("tags/index.html")).exists();
        assertThat(out.resolve("assets/css/site.css")).exists();
        Map<String, String> pages = Trees.html(out);
        long articlePages = pages.values().stream().filter(h -> h.contains("\"@type\":\"NewsArticle\"")).count();
        assertThat(articlePages).isEqualTo(r.articles());
        pages.forEach((path, html) -> {
            Document d = Jsoup.parse(html);
            assertThat(d.select("html").attr("lang")).as(path).isEqualTo("vi");
            assertThat(d.select("h1")).as(path + " has one h1").hasSize(1);
            if (html.contains("NewsArticle")) {
                assertThat(d.select("[itemprop=articleBody]")).as(path).hasSize(1);
            }
        });
    }

    @Test
    void draftsAreNotPublished() {
        Path out = tmp.resolve("public");
        build(REPO, out, 2);
        assertThat(Trees.html(out).values()).noneMatch(h -> h.contains("tuyển sinh lớp 10"));
    }

    @Test
    void outputIsByteIdenticalWhateverTheThreadCount() {
        build(REPO, tmp.resolve("one"), 1);
        build(REPO, tmp.resolve("four"), 4);
        Map<String, byte[]> a = Trees.read(tmp.resolve("one"));
        Map<String, byte[]> b = Trees.read(tmp.resolve("four"));
        assertThat(a.keySet()).isEqualTo(b.keySet());
        a.forEach((k, v) -> assertThat(b.get(k)).as(k).isEqualTo(v));
    }

    @Test
    void aRebuildLeavesUnchangedFilesAlone() throws Exception {
        Path out = tmp.resolve("public");
        build(REPO, out, 2);
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(out.resolve("index.html"), old);
        BuildReport again = build(REPO, out, 2);
        assertThat(again.unchanged()).isEqualTo(again.pages());
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(old);
    }
}
