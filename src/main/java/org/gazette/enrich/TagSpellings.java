package org.gazette.enrich;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How each article shows a tag. Variants that differ in case or diacritics share a key, so one
 * key may stand for several words; an article shows the spelling that most articles use for its
 * own word, case aside, the spellings of explicit tags first. An article written without
 * diacritics ({@code Dien Bien}) borrows the most used spelling of the key ({@code Điện Biên});
 * one that wrote other marks keeps its word ({@code trình diện} is not shown as {@code trình
 * diễn}, nor {@code bão} as {@code báo}).
 */
final class TagSpellings {
    private final PhraseTable phrases;
    private final Map<Integer, Map<String, Integer>> explicit = new HashMap<>();
    private final Map<Integer, String> forced = new HashMap<>();
    /**
     * Filled while {@link TagAssigner#assign} chooses articles' tags in parallel: by id for an
     * article's first spelling (nearly every lookup; an array slot holds an immutable string, so
     * threads share it without locks), by id and spelling number for the others.
     */
    private final String[] shownFirst;
    private final Map<Long, String> shown = new ConcurrentHashMap<>();

    /** @param phrases every phrase of the archive: none is added after this */
    TagSpellings(PhraseTable phrases) {
        this.phrases = phrases;
        this.shownFirst = new String[phrases.size()];
    }

    /** Shows phrase {@code id} as {@code spelling} in every article (a synonym of {@code site.yaml}); before any {@link #shown}. */
    void force(int id, String spelling) {
        forced.put(id, spelling);
    }

    /** Counts one article's explicit tag spelled {@code spelling} for phrase {@code id}; before any {@link #shown}. */
    void addExplicit(int id, String spelling) {
        explicit.computeIfAbsent(id, k -> new HashMap<>()).merge(spelling, 1, Integer::sum);
    }

    /**
     * How an article whose spelling of phrase {@code id} is number {@code k} shows the tag; {@code k
     * = }{@link PhraseTable#UNKNOWN_SPELLING} when the article's own spelling is not known (it wrote
     * another phrase of the same tag, such as the acronym).
     */
    String shown(int id, int k) {
        String fixed = forced.isEmpty() ? null : forced.get(id); // synonyms are few: most sites have none
        if (fixed != null) return fixed;
        if (k == 0 && id >= 0 && id < shownFirst.length) {
            String first = shownFirst[id];
            if (first == null) {
                first = choose(id, 0);
                shownFirst[id] = first;
            }
            return first;
        }
        long key = (long) id << 4 | k;
        String seen = shown.get(key); // most lookups find it: a plain read takes no lock
        if (seen != null) return seen;
        return shown.computeIfAbsent(key, ignored -> choose(id, k));
    }

    private String choose(int id, int k) {
        // past 15 spellings, which ones got a number depends on the order of add(): use none
        boolean known = k < PhraseTable.UNKNOWN_SPELLING && phrases.spellingCount(id) <= PhraseTable.UNKNOWN_SPELLING;
        String own = known ? phrases.spelling(id, k) : null;
        Map<String, Integer> given = explicit.get(id);
        if (given != null) {
            MostUsed best = new MostUsed(own);
            given.forEach(best::offer);
            if (best.spelling != null) return best.spelling;
        }
        if (!phrases.hasSpelling(id)) return null;
        // straight from the table: its spellings of a phrase are distinct, so no map is needed
        MostUsed best = new MostUsed(own);
        for (int s = 0, count = phrases.spellingCount(id); s < count; s++) {
            best.offer(s == k && own != null ? own : phrases.spelling(id, s), phrases.spellingVotes(id, s));
        }
        return best.spelling;
    }

    /**
     * The spelling with most votes among those that match {@code own} case aside (all of them when
     * {@code own} is unknown or has no diacritics); on a tie the first in {@link String#compareTo}
     * order, so capitals win. Null when none matches.
     */
    private static final class MostUsed {
        private final String own;
        private final boolean any;
        String spelling;
        private int votes;

        MostUsed(String own) {
            this.own = own;
            this.any = own == null || Tokens.isAscii(own);
        }

        void offer(String candidate, int candidateVotes) {
            if (!any && !candidate.equalsIgnoreCase(own)) return;
            if (spelling == null || candidateVotes > votes || (candidateVotes == votes && candidate.compareTo(spelling) < 0)) {
                spelling = candidate;
                votes = candidateVotes;
            }
        }
    }
}
