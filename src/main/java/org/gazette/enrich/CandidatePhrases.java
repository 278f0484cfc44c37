package org.gazette.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate phrases of one article: every run of one to four words that {@link
 * PhraseBoundaries} allows, counted with where it occurs, minus fragments.
 *
 * <p>A fragment is part of a longer word or phrase rather than a unit of its own. A phrase of
 * several words is a fragment when one longer phrase holds most of its occurrences ({@code triển
 * đảng} inside {@code phát triển đảng}, {@code Bộ Chính} inside {@code Bộ Chính trị}). A single
 * Vietnamese syllable is a fragment when it mostly stands inside some longer phrase, whichever
 * ({@code viên} in {@code đảng viên}, {@code sinh viên}): one syllable is usually half a word, and a
 * real one-syllable word ({@code Đảng} in {@code của Đảng.}) also stands alone, a lower-case one at
 * least twice.
 */
final class CandidatePhrases {
    static final int MAX_WORDS = 4;
    private static final double FRAGMENT_SHARE = 0.75;
    private static final int MAX_DISTINCT_WORDS = 0xFFFF;
    /** Weight of an occurrence in the lede; one in the body weighs 1. The title counts apart, see {@link Phrase#inTitle}. */
    private static final float LEDE_WEIGHT = 1.5f;

    /** One distinct phrase: its counts and the chain of its occurrences. */
    static final class Phrase {
        final int words;
        /** Index of the first word of the first occurrence. */
        final int first;
        /** The word ids, 16 bits each, first word lowest. */
        private final long key;
        int count;
        /** Occurrences outside the title, those in the lede weighted {@value #LEDE_WEIGHT}. */
        float weight;
        boolean inTitle;
        int properCount;
        /** Occurrences right after an administrative unit ({@code xã Mường Pồn}): evidence of a place. */
        int placeCount;
        /** Set by {@link KeyphraseExtractor}. */
        float score;
        private int standaloneCount;
        private int asPrefixCount;
        private int asSuffixCount;
        private int longestExtension;
        private int firstOccurrence = -1;
        private int lastOccurrence = -1;

        Phrase(int words, int first, long key) {
            this.words = words;
            this.first = first;
            this.key = key;
        }
    }

    final Tokens tokens;
    final PhraseBoundaries bounds;
    private final WordList adminUnits;
    private final int[] wordId;
    /** Open-addressing table of the phrases by key: the per-token hot path, so no boxing. */
    private Phrase[] table;
    private int phraseCount;
    private int[] occurrenceStart = new int[64];
    private int[] nextOccurrence = new int[64];
    private int occurrences;

    CandidatePhrases(Tokens tokens, Stopwords lists) {
        this.tokens = tokens;
        this.bounds = new PhraseBoundaries(tokens, lists);
        this.adminUnits = lists.adminUnits;
        this.wordId = new int[tokens.size];
        this.table = new Phrase[Integer.highestOneBit(Math.max(16, 4 * tokens.size))];
        count();
        measureExtensions();
    }

    /** The phrases that are not fragments, in no particular order. */
    List<Phrase> phrases() {
        List<Phrase> out = new ArrayList<>(phraseCount);
        for (Phrase p : table) {
            if (p != null && !isFragment(p)) out.add(p);
        }
        return out;
    }

    /** The start (word index) of each occurrence of {@code p}, in reading order. */
    int[] starts(Phrase p) {
        int[] out = new int[p.count];
        int k = 0;
        for (int o = p.firstOccurrence; o >= 0; o = nextOccurrence[o]) out[k++] = occurrenceStart[o];
        return out;
    }

    private boolean isFragment(Phrase p) {
        if (p.words == 1 && bounds.vietnamese() && !tokens.acronym[p.first]) {
            // a lower-case syllable standing alone once is too little evidence of a word: giảm, chọn
            int evidence = p.properCount > 0 ? 1 : 2;
            return p.standaloneCount < Math.max(evidence, (1 - FRAGMENT_SHARE) * p.count);
        }
        boolean evidence = p.count >= 2 || bounds.properCase[p.first + p.words - 1];
        return evidence && p.longestExtension >= FRAGMENT_SHARE * p.count;
    }

    private void count() {
        Tokens t = tokens;
        Map<String, Integer> ids = new HashMap<>();
        boolean[] usable = new boolean[t.size];
        for (int i = 0; i < t.size; i++) {
            if (bounds.excluded[i]) continue;
            String form = t.acronym[i] ? t.text[i] : t.lower[i];
            Integer id = ids.get(form);
            if (id == null && ids.size() < MAX_DISTINCT_WORDS) ids.put(form, id = ids.size() + 1);
            if (id == null) continue;
            wordId[i] = id;
            usable[i] = true;
        }
        for (int i = 0; i < t.size; i++) {
            if (!usable[i]) continue;
            for (int words = 1; words <= MAX_WORDS && i + words <= t.size; words++) {
                int last = i + words - 1;
                if (words > 1 && (!usable[last] || !bounds.joinsPrevious[last])) break;
                if (bounds.isPhrase(i, last)) add(i, words);
            }
        }
    }

    private void add(int start, int words) {
        long key = 0;
        for (int k = 0; k < words; k++) key |= (long) wordId[start + k] << (16 * k);
        int slot = slotOf(key);
        Phrase p = table[slot];
        if (p == null) {
            p = table[slot] = new Phrase(words, start, key);
            if (2 * ++phraseCount > table.length) rehash();
        }
        p.count++;
        byte zone = tokens.zone[start];
        if (zone == Tokens.TITLE) p.inTitle = true;
        else p.weight += zone == Tokens.LEDE ? LEDE_WEIGHT : 1f;
        if (bounds.properCase[start]) p.properCount++;
        int last = start + words - 1;
        if (words > 1 && bounds.isWholeName(start, last) && followsAdminUnit(start)) p.placeCount++;
        if (words > 1) {
            if (bounds.isPhrase(start, last - 1)) p.asPrefixCount++;
            if (bounds.isPhrase(start + 1, last)) p.asSuffixCount++;
        } else if (!isTwoWordPhrase(start - 1, start) && !isTwoWordPhrase(start, start + 1)) {
            p.standaloneCount++;
        }
        if (occurrences == occurrenceStart.length) {
            occurrenceStart = Arrays.copyOf(occurrenceStart, occurrences * 2);
            nextOccurrence = Arrays.copyOf(nextOccurrence, occurrences * 2);
        }
        occurrenceStart[occurrences] = start;
        nextOccurrence[occurrences] = -1;
        if (p.lastOccurrence >= 0) nextOccurrence[p.lastOccurrence] = occurrences;
        else p.firstOccurrence = occurrences;
        p.lastOccurrence = occurrences++;
    }

    /** The slot of {@code key} in the table, or the empty slot where it belongs. */
    private int slotOf(long key) {
        int mask = table.length - 1;
        // the key's bits are small word ids: spread them before taking the low bits
        long mixed = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed ^ (mixed >>> 32)) & mask;
        while (table[slot] != null && table[slot].key != key) slot = (slot + 1) & mask;
        return slot;
    }

    private void rehash() {
        Phrase[] old = table;
        table = new Phrase[old.length * 2];
        for (Phrase p : old) {
            if (p != null) table[slotOf(p.key)] = p;
        }
    }

    /** Whether an administrative unit of one or two words ({@code xã}, {@code thị trấn}) ends right before word {@code i}. */
    private boolean followsAdminUnit(int i) {
        Tokens t = tokens;
        if (i == 0 || t.breakBefore[i]) return false;
        if (adminUnits.containsLowerCase(t.lower[i - 1])) return true;
        return i >= 2 && !t.breakBefore[i - 1] && adminUnits.containsLowerCase(t.lower[i - 2] + ' ' + t.lower[i - 1]);
    }

    /** Whether words {@code a} and {@code b = a + 1} form a two-word phrase. */
    private boolean isTwoWordPhrase(int a, int b) {
        return a >= 0 && b < tokens.size && !bounds.excluded[a] && !bounds.excluded[b] && bounds.joinsPrevious[b]
                && bounds.isPhrase(a, b);
    }

    /** Records, for every phrase, how many of its occurrences its most frequent one-word extension covers. */
    private void measureExtensions() {
        for (Phrase longer : table) {
            if (longer == null || longer.words < 2) continue;
            Phrase prefix = table[slotOf(longer.key & ((1L << (16 * (longer.words - 1))) - 1))];
            Phrase suffix = table[slotOf(longer.key >>> 16)];
            if (prefix != null) prefix.longestExtension = Math.max(prefix.longestExtension, longer.asPrefixCount);
            if (suffix != null) suffix.longestExtension = Math.max(suffix.longestExtension, longer.asSuffixCount);
        }
    }
}
