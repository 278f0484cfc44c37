package org.gazette.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the user asked for on the command line.
 *
 * @param source   folder holding {@code content/}, optionally {@code site.yaml}, {@code themes/}
 * @param output   where the site goes; null for {@code <source>/public}
 * @param baseUrl  overrides {@code baseUrl} of {@code site.yaml}; null to keep it
 * @param portable overrides {@code portable} of {@code site.yaml}; null to keep it
 * @param force    replace a non-empty output folder that is not a previous Gazette output
 * @param threads  worker threads for reading and rendering
 * @param search   build the search index and the search page
 * @param reuse    take what the previous build read from files that have not changed since (its cache)
 */
public record BuildOptions(Path source, Path output, String baseUrl, Boolean portable, boolean force, int threads,
                           boolean search, boolean reuse) {
    public BuildOptions {
        Objects.requireNonNull(source, "source");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }

    /** Options with the search index, which is built unless asked otherwise. */
    public BuildOptions(Path source, Path output, String baseUrl, Boolean portable, boolean force, int threads) {
        this(source, output, baseUrl, portable, force, threads, true, true);
    }

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, null, null, null, false, Runtime.getRuntime().availableProcessors());
    }

    public BuildOptions withReuse(boolean r) {
        return new BuildOptions(source, output, baseUrl, portable, force, threads, search, r);
    }

    public Path outputOrDefault() {
        return output != null ? output : source.resolve("public");
    }

    public BuildOptions withOutput(Path o) {
        return new BuildOptions(source, o, baseUrl, portable, force, threads, search, reuse);
    }

    public BuildOptions withThreads(int t) {
        return new BuildOptions(source, output, baseUrl, portable, force, t, search, reuse);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(source, output, url, portable, force, threads, search, reuse);
    }

    public BuildOptions withPortable(Boolean p) {
        return new BuildOptions(source, output, baseUrl, p, force, threads, search, reuse);
    }

    public BuildOptions withSearch(boolean s) {
        return new BuildOptions(source, output, baseUrl, portable, force, threads, s, reuse);
    }
}
