package org.gazette.build;

import java.util.List;
import org.gazette.content.Block;
import org.gazette.diag.Diagnostic;
import org.gazette.enrich.AcronymDefinition;
import org.gazette.enrich.Draft;
import org.gazette.enrich.TagCandidates;

/**
 * Everything the read step takes from one file: what it said about the file, and for an article
 * its draft and what the later steps need of its text. A function of the file's bytes and the
 * site's settings only, so the {@link ReadCache} can keep it between builds.
 *
 * @param diagnostics what reading the file reported (a file's warnings are repeated by every build)
 * @param draft       the article, or null when nothing is published (not an article, a draft, unparsable)
 * @param bodyChars   the characters of its body text
 * @param always      the {@code always} tag names its text contains, or null for none
 * @param candidates  the tagger's candidates, as the read cache keeps them
 * @param definitions acronyms it spells out
 * @param features    its category classifier features, or null when the build did not need them
 * @param signature   its near-duplicate signature, or null when it is too short to compare
 * @param body        its body blocks; null when the record came from the cache (the cache has them)
 * @param cacheable   false when the file could not be read: the next build tries again
 */
record ReadRecord(List<Diagnostic> diagnostics, Draft draft, int bodyChars, List<String> always,
                  TagCandidates candidates, List<AcronymDefinition> definitions, int[] features,
                  byte[] signature, List<Block> body, boolean cacheable) {
    ReadRecord {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A file that publishes nothing. */
    static ReadRecord nothing(List<Diagnostic> diagnostics, boolean cacheable) {
        return new ReadRecord(diagnostics, null, 0, null, TagCandidates.none(), List.of(), null, null, null, cacheable);
    }
}
