package org.gazette.enrich;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Where phrases may start, continue and end in one article's {@link Tokens}.
 *
 * <ul>
 *   <li>Stopwords and titles are excluded, matched longest first ({@code cho biết}, {@code Phó
 *       Giám đốc}), and so are stop acronyms ({@code GMT}) and Roman numerals ({@code XII}).</li>
 *   <li>A name, a run of two or more capitalized words ({@code Tô Lâm}, {@code Điện Biên}), is
 *       taken whole or not at all, after dropping a leading title or a sentence's first word that
 *       is not part of it (see {@link #markRun}).</li>
 *   <li>A capital after a lower-case word starts a new phrase ({@code huyện | Điện Biên}); a name
 *       ends at its last capital ({@code Tô Lâm | chủ trì}) unless it starts with an organization
 *       head, whose name continues in lower case ({@code Bộ Công an}). A single capitalized word
 *       continues in lower case too ({@code Công an}), unless it is foreign ({@code Samsung | phát
 *       nổ}); no phrase starts inside such a name ({@code an nhân dân}).</li>
 *   <li>A generic Vietnamese word of several syllables ({@code công tác}, {@code nâng cao}) is a
 *       unit that no phrase may split, and that only a name may start or end with ({@code Trung tâm
 *       Y tế}, {@code Công an nhân dân}). This keeps out fragments such as {@code tác tạo} (from
 *       {@code công tác tạo nguồn}), while {@code tạo nguồn} stays.</li>
 * </ul>
 */
final class PhraseBoundaries {
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    final Tokens tokens;
    private final WordList stops;
    private final Stopwords lists;
    private final boolean vietnamese;
    final boolean[] excluded;
    /** For a word inside a name: the first and last word of the name; -1 elsewhere. */
    final int[] runStart;
    final int[] runEnd;
    /** Capitalized words whose capital means something: not at a sentence start, or inside a name. */
    final boolean[] properCase;
    final boolean[] joinsPrevious;
    /** For a word inside a generic unit: the unit's first and last word; -1 elsewhere. */
    private final int[] genericUnitStart;
    private final int[] genericUnitEnd;

    PhraseBoundaries(Tokens tokens, Stopwords lists) {
        this.tokens = tokens;
        this.lists = lists;
        this.vietnamese = tokens.vietnamese();
        this.stops = vietnamese ? lists.vietnamese : lists.english;
        int n = tokens.size;
        excluded = new boolean[n];
        runStart = new int[n];
        runEnd = new int[n];
        Arrays.fill(runStart, -1);
        Arrays.fill(runEnd, -1);
        properCase = new boolean[n];
        joinsPrevious = new boolean[n];
        genericUnitStart = new int[n];
        genericUnitEnd = new int[n];
        Arrays.fill(genericUnitStart, -1);
        Arrays.fill(genericUnitEnd, -1);
        markNames();
        markStopwords();
        markJoins();
        if (vietnamese) markGenericUnits();
    }

    boolean vietnamese() {
        return vietnamese;
    }

    /**
     * Whether words {@code first..last}, already known to be joined, may form a phrase: it keeps
     * names whole and neither starts nor ends inside or with a generic unit.
     */
    boolean isPhrase(int first, int last) {
        if (continuesName(first)) return false;
        boolean splitsUnit = (genericUnitStart[first] >= 0 && genericUnitStart[first] != first)
                || (genericUnitEnd[last] >= 0 && genericUnitEnd[last] != last);
        if (splitsUnit) return false;
        // a name may start or end with a generic word: Trung tâm Y tế, Công an nhân dân
        boolean genericEdge = genericUnitStart[first] >= 0 || genericUnitEnd[last] >= 0;
        if (genericEdge && !properCase[first]) return false;
        return (runStart[first] < 0 || runStart[first] == first) && (runEnd[last] < 0 || runEnd[last] == last);
    }

    /** A lower-case word joined to a capital before it is the tail of a name ({@code an} in {@code Công an}). */
    private boolean continuesName(int i) {
        return i > 0 && joinsPrevious[i] && properCase[i - 1] && !properCase[i];
    }

    boolean isWholeName(int first, int last) {
        return last > first && runStart[first] == first && runEnd[first] == last;
    }

    private void markNames() {
        Tokens t = tokens;
        // by lower-case form: whether the article writes the word so somewhere mid-sentence
        boolean[] lowerMidSentence = new boolean[t.formCount()];
        boolean[] capitalMidSentence = new boolean[t.formCount()];
        for (int i = 0; i < t.size; i++) {
            if (t.sentenceStart[i] || t.acronym[i]) continue;
            (t.capitalized[i] ? capitalMidSentence : lowerMidSentence)[t.lowerForm(i)] = true;
        }
        for (int i = 0; i < t.size; ) {
            int j = i;
            if (isCapitalWord(i)) {
                while (j + 1 < t.size && isCapitalWord(j + 1) && !t.breakBefore[j + 1]) j++;
                if (j > i) markRun(i, j, lowerMidSentence, capitalMidSentence);
            }
            i = j + 1;
        }
        for (int i = 0; i < t.size; i++) {
            properCase[i] = isCapitalWord(i) && !excluded[i] && (!t.sentenceStart[i] || runEnd[i] >= 0);
        }
    }

    /**
     * Marks capitalized words {@code from..lastCapital} as a name, after dropping what precedes
     * it: a title ({@code Đại tá}, {@code Phó Giám đốc}) always; at the start of a sentence, a first
     * word that is a stopword ({@code Ông}) or that the article writes in lower case elsewhere
     * ({@code Chiếc | Boeing}), unless the article also capitalizes it mid-sentence ({@code Cần
     * Thơ}, {@code Ba Lan}). An initial does not end a name ({@code Samuel L.}).
     */
    private void markRun(int from, int lastCapital, boolean[] lowerMidSentence, boolean[] capitalMidSentence) {
        Tokens t = tokens;
        int to = lastCapital;
        while (to > from && t.text[to].length() == 1 && t.text[to].charAt(0) < 0x80) to--;
        int start = from;
        while (start <= to) {
            int m = stops.matchLength(t.lower, start, limit(start, false), stopSyllable(start));
            boolean firstOfSentence = t.sentenceStart[start] && !capitalMidSentence[t.lowerForm(start)];
            if (m >= 2 || (m == 1 && firstOfSentence)) {
                Arrays.fill(excluded, start, start + m, true);
                start += m;
            } else if (m == 0 && firstOfSentence && lowerMidSentence[t.lowerForm(start)]) {
                start++;
            } else {
                break;
            }
        }
        if (to - start < 1) return;
        Arrays.fill(runStart, start, to + 1, start);
        Arrays.fill(runEnd, start, to + 1, to);
    }

    private void markStopwords() {
        Tokens t = tokens;
        for (int i = 0; i < t.size; ) {
            if (excluded[i] || runEnd[i] >= 0) {
                i++;
            } else if (t.acronym[i]) {
                excluded[i] = stops.containsAcronym(t.text[i]) || ROMAN_NUMERAL.matcher(t.text[i]).matches();
                i++;
            } else {
                int m = stops.matchLength(t.lower, i, limit(i, true), stopSyllable(i));
                Arrays.fill(excluded, i, i + m, true);
                i += Math.max(1, m);
            }
        }
    }

    /** The end (exclusive) of the stretch from {@code i} that one stop phrase may cover. */
    private int limit(int i, boolean stopAtNames) {
        Tokens t = tokens;
        int k = i + 1;
        while (k < t.size && k - i < CandidatePhrases.MAX_WORDS && !t.breakBefore[k] && !t.acronym[k]
                && !(stopAtNames && runEnd[k] >= 0)) {
            k++;
        }
        return k;
    }

    private void markJoins() {
        Tokens t = tokens;
        for (int i = 1; i < t.size; i++) {
            boolean joins = !t.breakBefore[i] && !excluded[i - 1] && !excluded[i] && !t.acronym[i - 1] && !t.acronym[i];
            boolean nameStarts = !properCase[i - 1] && properCase[i];
            boolean nameEnds = runEnd[i - 1] == i - 1 && !lists.isOrgHead(t.lower[runStart[i - 1]]);
            // a foreign name does not run on into Vietnamese: Samsung | phát nổ
            boolean foreignNameEnds = properCase[i - 1] && runEnd[i - 1] < 0 && !properCase[i] && Tokens.isAscii(t.text[i - 1])
                    && !lists.isOrgHead(t.lower[i - 1]);
            joinsPrevious[i] = joins && !nameStarts && !nameEnds && !(vietnamese && foreignNameEnds);
        }
    }

    private void markGenericUnits() {
        Tokens t = tokens;
        for (int i = 0; i < t.size; ) {
            int end = i + 1;
            while (end < t.size && end - i < CandidatePhrases.MAX_WORDS && joinsPrevious[end]) end++;
            int m = excluded[i] || runEnd[i] >= 0 ? 0 : lists.generic.matchLength(t.lower, i, end, genericSyllable(i));
            if (m >= 2) {
                Arrays.fill(genericUnitStart, i, i + m, i);
                Arrays.fill(genericUnitEnd, i, i + m, i + m - 1);
            }
            i += Math.max(1, m);
        }
    }

    /** {@link WordList#syllable} of word {@code i} in the stopwords. */
    private int stopSyllable(int i) {
        return tokens.syllable(i, stops);
    }

    /** {@link WordList#syllable} of word {@code i} in the generic units. */
    private int genericSyllable(int i) {
        return tokens.syllable(i, lists.generic);
    }

    private boolean isCapitalWord(int i) {
        return tokens.capitalized[i] && !tokens.acronym[i];
    }
}
