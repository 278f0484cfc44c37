package org.gazette.enrich;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.gazette.text.Folding;

/**
 * One list of words and phrases, as read from a data file: one entry per line, {@code #} comments.
 * Entries written in capitals ({@code GMT}) match only acronyms; all other entries match a word or
 * phrase in any case, except an acronym. Immutable and thread-safe.
 */
final class WordList {
    private final Set<String> words = new HashSet<>();
    private final Set<String> acronyms = new HashSet<>();
    /** First syllables of the multi-syllable entries, so most tokens need a single lookup. */
    private final Set<String> phraseStarts = new HashSet<>();
    private int longest = 1;

    static WordList parse(String text) {
        WordList list = new WordList();
        for (String line : text.split("\r?\n")) {
            String entry = collapseSpaces(Folding.clean(line));
            if (entry.isEmpty() || entry.startsWith("#")) continue;
            if (isAcronym(entry)) {
                list.acronyms.add(entry);
                continue;
            }
            String lower = entry.toLowerCase(Locale.ROOT);
            list.words.add(lower);
            String[] syllables = lower.split(" ");
            if (syllables.length > 1) list.phraseStarts.add(syllables[0]);
            list.longest = Math.max(list.longest, syllables.length);
        }
        return list;
    }

    /** The entries that are not acronyms, in lower case. */
    Set<String> entries() {
        return java.util.Collections.unmodifiableSet(words);
    }

    /** Whether {@code wordOrPhrase} (any case, any spacing) is in the list. */
    boolean contains(String wordOrPhrase) {
        String entry = collapseSpaces(Folding.clean(wordOrPhrase));
        return isAcronym(entry) ? acronyms.contains(entry) : words.contains(entry.toLowerCase(Locale.ROOT));
    }

    /** Whether the list holds this lower-case syllable or phrase, spelled exactly (no clean-up: a hot path). */
    boolean containsLowerCase(String lower) {
        return words.contains(lower);
    }

    boolean containsAcronym(String acronym) {
        return acronyms.contains(acronym);
    }

    /**
     * The number of syllables of the longest entry that starts at {@code lower[from]} and ends
     * before {@code to}, or 0. {@code lower} holds lower-case syllables.
     */
    int matchLength(String[] lower, int from, int to) {
        return matchLength(lower, from, to, syllable(lower[from]));
    }

    /** {@link #syllable}: known, an entry, the start of a longer entry. */
    static final int KNOWN = 1, ENTRY = 2, PHRASE_START = 4;

    /**
     * What {@link #matchLength} asks of a lower-case syllable, as flags: for a caller that sees the
     * same syllable many times (an article, its words numbered by form) and asks once per form.
     */
    int syllable(String lower) {
        return KNOWN | (words.contains(lower) ? ENTRY : 0) | (phraseStarts.contains(lower) ? PHRASE_START : 0);
    }

    /** {@link #matchLength(String[], int, int)} with {@code lower[from]}'s {@link #syllable} flags known. */
    int matchLength(String[] lower, int from, int to, int first) {
        int best = (first & ENTRY) != 0 ? 1 : 0;
        if ((first & PHRASE_START) == 0) return best;
        StringBuilder phrase = new StringBuilder(lower[from]);
        int end = Math.min(to, from + longest);
        for (int k = from + 1; k < end; k++) {
            phrase.append(' ').append(lower[k]);
            if (words.contains(phrase.toString())) best = k - from + 1;
        }
        return best;
    }

    /** Whether the {@code n} syllables from {@code lower[from]} split entirely into entries. */
    boolean covers(String[] lower, int from, int n) {
        boolean[] coveredTo = new boolean[n + 1];
        coveredTo[0] = true;
        for (int end = 1; end <= n; end++) {
            StringBuilder phrase = new StringBuilder();
            for (int start = end - 1; start >= Math.max(0, end - longest) && !coveredTo[end]; start--) {
                phrase.insert(0, phrase.length() == 0 ? lower[from + start] : lower[from + start] + " ");
                coveredTo[end] = coveredTo[start] && words.contains(phrase.toString());
            }
        }
        return coveredTo[n];
    }

    /**
     * Two or more characters, starting with a letter, with capitals and no lower-case letter: CAND,
     * GD-ĐT, U23. A word with an accented capital other than Đ is a Vietnamese word in capitals
     * ({@code HẠNH}), not an acronym.
     */
    static boolean isAcronym(String s) {
        if (s.length() < 2 || !Character.isLetter(s.codePointAt(0))) return false;
        boolean upper = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLowerCase(cp) || Character.isWhitespace(cp) || (cp >= 0xC0 && cp != 'Đ' && Character.isLetter(cp))) {
                return false;
            }
            upper |= Character.isUpperCase(cp);
            i += Character.charCount(cp);
        }
        return upper;
    }

    private static String collapseSpaces(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
