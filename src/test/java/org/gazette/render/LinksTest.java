package org.gazette.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTest {
    @Test
    void rootSiteUsesRootRelativeLinks() {
        Links l = new Links("/", false);
        assertThat(l.href("/kinh-te/a/", "/tag/ca-phe/")).isEqualTo("/tag/ca-phe/");
        assertThat(l.href("/", "/assets/css/site.css")).isEqualTo("/assets/css/site.css");
    }

    @Test
    void subPathSiteKeepsItsBasePathAndAbsoluteUrlsTheHost() {
        Links l = new Links("https://example.org/archive", false);
        assertThat(l.href("/kinh-te/a/", "/tag/ca-phe/")).isEqualTo("/archive/tag/ca-phe/");
        assertThat(l.absolute("/kinh-te/a/")).isEqualTo("https://example.org/archive/kinh-te/a/");
        assertThat(l.hasHost()).isTrue();
        assertThat(l.basePath()).isEqualTo("/archive/");
    }

    @Test
    void portableLinksAreRelativeAndPointAtFiles() {
        Links l = new Links("/", true);
        assertThat(l.href("/kinh-te/a/", "/tag/ca-phe/")).isEqualTo("../../tag/ca-phe/index.html");
        assertThat(l.href("/kinh-te/a/", "/kinh-te/")).isEqualTo("../index.html");
        assertThat(l.href("/kinh-te/a/", "/kinh-te/a/")).isEqualTo("index.html");
        assertThat(l.href("/", "/")).isEqualTo("index.html");
        assertThat(l.href("/404.html", "/assets/css/site.css")).isEqualTo("assets/css/site.css");
        assertThat(l.href("/kinh-te/page/2/", "/kinh-te/page/3/")).isEqualTo("../3/index.html");
        assertThat(l.href("/search/", "/search/?q=a#r")).isEqualTo("index.html?q=a#r");
    }

    @Test
    void externalLinksPassThrough() {
        Links l = new Links("/", true);
        assertThat(l.href("/a/", "https://vnexpress.net/")).isEqualTo("https://vnexpress.net/");
    }

    @Test
    void outputFileOfASitePath() {
        assertThat(Links.outputFile("/")).isEqualTo("index.html");
        assertThat(Links.outputFile("/kinh-te/a/")).isEqualTo("kinh-te/a/index.html");
        assertThat(Links.outputFile("/404.html")).isEqualTo("404.html");
    }
}
