package org.gazette.enrich;

import java.util.List;

/**
 * Tags chosen at an earlier build, by article and by the context they were chosen in ({@link
 * TagAssigner#assign(List, TagMemo)}): a hash of everything the choice reads. An article whose
 * context is the same gets the same tags without choosing them again.
 */
public interface TagMemo {
    /** The tags an earlier build chose for article {@code article} in {@code context}, or null. */
    List<String> known(int article, long context);

    /** Notes the tags chosen for article {@code article} in {@code context}; thread-safe for distinct articles. */
    void keep(int article, long context, List<String> tags);
}
