package org.gazette.build;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a build did.
 *
 * @param output    the output folder
 * @param files     source files found under {@code content/}
 * @param articles  articles published
 * @param skipped   files that were not published (not articles, unreadable, drafts)
 * @param pages     files written
 * @param bytes     bytes written
 * @param unchanged files whose bytes were the same as in the previous output
 * @param reused    source files not read again: unchanged since the previous build, which had read them
 * @param phases    milliseconds per phase, in order
 */
public record BuildReport(Path output, int files, int articles, int skipped, int pages, long bytes, long unchanged,
                          long reused, Map<String, Long> phases) {
    public BuildReport {
        phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
    }
}
