package org.gazette.enrich;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Pass 1 of tagging: the candidate tags of one article, scored by the article alone.
 *
 * <p>Candidates are the phrases of {@link CandidatePhrases}: syllable n-grams bounded by stopwords
 * and punctuation, whole names, and acronyms. The score of a phrase is
 * {@code (1 + ln max(w, 1)) × title × length × name × early}, where
 * <ul>
 *   <li>{@code w} sums its occurrences outside the title, weighted 1.5 in the lede and 1 in the body;</li>
 *   <li>{@code title} is 1.6 when the phrase is in the title, otherwise 1: a multiplier, so that a
 *       phrase found only in the title does not outrank the body's recurring subjects;</li>
 *   <li>{@code length} is 1.3 for two or three words, 1.0 for four, 1.3 for an acronym and 0.6 for
 *       one Vietnamese syllable (usually half a word; 0.9 for an English word);</li>
 *   <li>{@code name} is 1.5 for a whole name ({@code Tô Lâm}), 1.8 for one that the article also
 *       writes after an administrative unit ({@code xã Mường Pồn}): a place, the tag readers of a
 *       news archive browse by most; 1.4 for an acronym, 1.2 for a phrase that starts with a
 *       meaningful capital ({@code Công an nhân dân}), otherwise 1;</li>
 *   <li>{@code early} grows from 1 to 1.3 the earlier the phrase first appears, since news puts the
 *       subject first.</li>
 * </ul>
 * Generic words ({@code công tác}, {@code nâng cao chất lượng}) are never candidates, nor phrases
 * that end with an administrative unit and so lost the name after it ({@code Công an tỉnh}). The article's
 * most frequent spelling of a phrase becomes its surface, preferring occurrences mid-sentence outside
 * the title, whose case is meaningful. Document frequency is applied later, by {@link TagAssigner}.
 *
 * <p>Pure and thread-safe: one instance may serve every thread of the build.
 */
public final class KeyphraseExtractor {
    /** Candidates returned per article, best first; also what {@link TagAssigner} keeps per article. */
    static final int MAX_CANDIDATES = 24;
    private static final float EARLY_BONUS = 0.3f;
    private static final float TITLE_BOOST = 1.6f;

    private final Stopwords stopwords;
    private final AcronymDefinitions acronyms;

    public KeyphraseExtractor(Stopwords stopwords) {
        this.stopwords = Objects.requireNonNull(stopwords, "stopwords");
        this.acronyms = new AcronymDefinitions(stopwords);
    }

    /**
     * The acronyms the article spells out ({@code Công an nhân dân (CAND)}), for {@link
     * TagAssigner#add(int, List, List)}: see {@link AcronymDefinitions}.
     */
    public List<AcronymDefinition> definitions(String title, List<String> paragraphs) {
        return acronyms.find(title, Objects.requireNonNull(paragraphs, "paragraphs"));
    }

    /**
     * The article's candidate tags, best first, at most {@value #MAX_CANDIDATES}, with distinct keys.
     *
     * @param title      the headline, or null
     * @param paragraphs plain-text body blocks in reading order; the first is the lede
     */
    public List<Keyphrase> extract(String title, List<String> paragraphs) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        Tokens tokens = Tokens.of(title, paragraphs);
        if (tokens.size == 0) return List.of();
        CandidatePhrases candidates = new CandidatePhrases(tokens, stopwords);
        boolean vietnamese = tokens.vietnamese();
        float[] scores = new float[candidates.size()];
        int[] phrases = candidates.phrases();
        for (int p : phrases) scores[p] = score(p, candidates, vietnamese);
        // A heap, not a sort: an article has thousands of candidates and only the best few are taken.
        PhraseHeap best = new PhraseHeap(phrases, candidates, scores);

        Map<String, Keyphrase> byKey = new LinkedHashMap<>();
        while (!best.isEmpty() && byKey.size() < MAX_CANDIDATES) {
            int p = best.poll();
            if (!acceptable(p, candidates, vietnamese)) continue;
            String surface = surface(p, candidates);
            String key = Keyphrase.keyOf(surface);
            byKey.putIfAbsent(key, new Keyphrase(key, surface, scores[p]));
        }
        return List.copyOf(byKey.values());
    }

    private static float score(int p, CandidatePhrases candidates, boolean vietnamese) {
        Tokens t = candidates.tokens;
        int first = candidates.first(p);
        int words = candidates.words(p);
        boolean acronym = t.acronym[first];
        float length;
        if (acronym) length = 1.3f;
        else if (words == 1) length = vietnamese ? 0.6f : 0.9f;
        else length = words == CandidatePhrases.MAX_WORDS ? 1.0f : 1.3f;
        float name;
        if (acronym) name = 1.4f;
        else if (candidates.bounds.isWholeName(first, first + words - 1)) name = candidates.placeCount(p) > 0 ? 1.8f : 1.5f;
        else if (2 * candidates.properCount(p) >= candidates.count(p)) name = 1.2f;
        else name = 1f;
        float early = 1 + EARLY_BONUS * (1 - (float) first / t.size);
        float title = candidates.inTitle(p) ? TITLE_BOOST : 1f;
        return (float) (1 + Math.log(Math.max(1f, candidates.weight(p)))) * title * length * name * early;
    }

    private boolean acceptable(int p, CandidatePhrases candidates, boolean vietnamese) {
        Tokens t = candidates.tokens;
        int first = candidates.first(p);
        int words = candidates.words(p);
        if (t.acronym[first]) return true;
        if (words == 1 && t.text[first].codePointCount(0, t.text[first].length()) < 2) return false;
        return !(vietnamese && (stopwords.generic.covers(t.lower, first, words) || endsWithAdminUnit(first, words, t)));
    }

    /** {@code Công an tỉnh}, {@code Đảng bộ thị trấn}: a phrase of several words whose last one or two are an administrative unit. */
    private boolean endsWithAdminUnit(int first, int words, Tokens t) {
        int last = first + words - 1;
        if (words < 2) return false;
        if (stopwords.adminUnits.containsLowerCase(t.lower[last])) return true;
        return words > 2 && stopwords.adminUnits.containsLowerCase(t.lower[last - 1] + ' ' + t.lower[last]);
    }

    /**
     * The spelling the article uses most, counting mid-sentence body occurrences double. When the
     * phrase only starts sentences or sits in the title and is no name, its capital is the
     * sentence's, not the phrase's: {@code Mua máy} becomes {@code mua máy}.
     */
    private static String surface(int p, CandidatePhrases candidates) {
        Tokens t = candidates.tokens;
        int words = candidates.words(p);
        Map<String, Integer> votes = new HashMap<>();
        String best = null;
        int bestVotes = 0;
        boolean caseKnown = false;
        for (int start : candidates.starts(p)) {
            StringBuilder s = new StringBuilder(t.text[start]);
            for (int k = 1; k < words; k++) s.append(' ').append(t.text[start + k]);
            String spelling = s.toString();
            boolean reliable = !t.sentenceStart[start] && t.zone[start] != Tokens.TITLE;
            caseKnown |= reliable;
            int total = votes.merge(spelling, reliable ? 2 : 1, Integer::sum);
            if (total > bestVotes) {
                best = spelling;
                bestVotes = total;
            }
        }
        if (caseKnown || candidates.properCount(p) > 0 || t.acronym[candidates.first(p)]) return best;
        int firstChar = Character.charCount(best.codePointAt(0));
        return best.substring(0, firstChar).toLowerCase(Locale.ROOT) + best.substring(firstChar);
    }
}
