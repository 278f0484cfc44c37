package org.gazette.render;

import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.diag.Diagnostics;
import org.gazette.testing.LinkChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** No internal link or asset is broken: at a domain root, under a sub-path, and opened from disk. */
class LinksIT {
    @TempDir
    Path tmp;

    private Path build(BuildOptions options) {
        Path out = tmp.resolve("out");
        new Build(options.withOutput(out), new Diagnostics()).run();
        return out;
    }

    @Test
    void domainRoot() {
        Path out = build(BuildOptions.of(Path.of("")).withBaseUrl("https://example.org/"));
        assertThat(new LinkChecker(out, "/", false).broken()).isEmpty();
    }

    @Test
    void subPath() {
        Path out = build(BuildOptions.of(Path.of("")).withBaseUrl("https://example.org/archive/"));
        assertThat(new LinkChecker(out, "/archive/", false).broken()).isEmpty();
    }

    @Test
    void portable() {
        Path out = build(BuildOptions.of(Path.of("")).withPortable(true));
        assertThat(new LinkChecker(out, "/", true).broken()).isEmpty();
    }
}
