package org.gazette.render;

import org.gazette.build.BuildOptions;
import org.gazette.build.Build;
import org.gazette.diag.Diagnostics;
import org.gazette.testing.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the demo site passes the Nu HTML Checker without errors. */
class HtmlValidityIT {
    @TempDir
    Path tmp;

    @Test
    void everyPageOfTheDemoSiteIsValidHtml() throws Exception {
        Path out = tmp.resolve("public");
        new Build(BuildOptions.of(Path.of("")).withOutput(out), new Diagnostics()).run();
        HtmlChecker checker = new HtmlChecker();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(40);
        for (Path p : pages) checker.check(p);
        assertThat(checker.errors()).isEmpty();
    }
}
