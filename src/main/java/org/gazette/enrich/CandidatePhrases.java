package org.gazette.enrich;

import java.util.Arrays;

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
 *
 * <p>Phrases are numbered {@code 0..size()-1} and their counts kept in parallel primitive arrays,
 * found through an open-addressing table of their keys: this runs for every word position of every
 * article, and an object per phrase (thousands per article) cost more in allocation and cache
 * misses than the counting itself. Those arrays are the thread's, lent to one article after
 * another ({@link Scratch}): on each thread, one article's phrases at a time.
 */
final class CandidatePhrases {
    static final int MAX_WORDS = 4;
    private static final double FRAGMENT_SHARE = 0.75;
    private static final int MAX_DISTINCT_WORDS = 0xFFFF;
    /** Weight of an occurrence in the lede; one in the body weighs 1. The title counts apart, see {@link #inTitle}. */
    private static final float LEDE_WEIGHT = 1.5f;
    private static final long EMPTY = 0;

    final Tokens tokens;
    final PhraseBoundaries bounds;
    private final WordList adminUnits;
    /** Per token: the id (1-based) of its form among the article's usable words, 0 when it is not usable. */
    private final int[] wordId;

    /** Open-addressing table: phrase keys (word ids, 16 bits each, first word lowest; never 0) and their numbers. */
    private long[] slotKey;
    private int[] slotPhrase;
    /** The table's size less one: its arrays may be longer (see {@link Scratch}). */
    private int mask;
    private int shift;

    // per phrase, by number
    private int phraseCount;
    private long[] key;
    private byte[] words;
    /** Index of the first word of the first occurrence. */
    private int[] first;
    private int[] count;
    /** Occurrences outside the title, those in the lede weighted {@value #LEDE_WEIGHT}. */
    private float[] weight;
    private boolean[] inTitle;
    private int[] properCount;
    /** Occurrences right after an administrative unit ({@code xã Mường Pồn}): evidence of a place. */
    private int[] placeCount;
    private int[] standaloneCount;
    private int[] asPrefixCount;
    private int[] asSuffixCount;
    private int[] longestExtension;
    private int[] firstOccurrence;
    private int[] lastOccurrence;

    private int[] occurrenceStart;
    private int[] nextOccurrence;
    private int occurrences;

    CandidatePhrases(Tokens tokens, Stopwords lists) {
        this.tokens = tokens;
        this.bounds = new PhraseBoundaries(tokens, lists);
        this.adminUnits = lists.adminUnits;
        this.wordId = new int[tokens.size];
        boolean[] usable = numberWords();
        // every occurrence may be a phrase of its own: arrays that size never grow (growing them
        // copied every array for most articles), and a table twice that never fills past half
        int occurrencesAtMost = runsAtMost(usable);
        int capacity = tableCapacity(2 * occurrencesAtMost);
        int phrasesAtMost = Math.max(16, occurrencesAtMost);
        Scratch scratch = capacity <= Scratch.MAX_SLOTS ? Scratch.THREAD.get() : new Scratch();
        scratch.ensure(capacity, phrasesAtMost).lend(this, capacity);
        this.mask = capacity - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
        count(usable);
        measureExtensions();
    }

    /** The number of distinct phrases, fragments included: phrase numbers run from 0 to this, exclusive. */
    int size() {
        return phraseCount;
    }

    /** The numbers of the phrases that are not fragments, ascending. */
    int[] phrases() {
        int[] out = new int[phraseCount];
        int n = 0;
        for (int p = 0; p < phraseCount; p++) {
            if (!isFragment(p)) out[n++] = p;
        }
        return Arrays.copyOf(out, n);
    }

    /** Words in phrase {@code p}. */
    int words(int p) {
        return words[p];
    }

    /** Index of the first word of the first occurrence of phrase {@code p}. */
    int first(int p) {
        return first[p];
    }

    int count(int p) {
        return count[p];
    }

    /** Occurrences outside the title, those in the lede weighted {@value #LEDE_WEIGHT}. */
    float weight(int p) {
        return weight[p];
    }

    boolean inTitle(int p) {
        return inTitle[p];
    }

    /** Occurrences whose first word's capital means something (see {@link PhraseBoundaries#properCase}). */
    int properCount(int p) {
        return properCount[p];
    }

    /** Occurrences right after an administrative unit ({@code xã Mường Pồn}): evidence of a place. */
    int placeCount(int p) {
        return placeCount[p];
    }

    /** The start (word index) of each occurrence of {@code p}, in reading order. */
    int[] starts(int p) {
        int[] out = new int[count[p]];
        int k = 0;
        for (int o = firstOccurrence[p]; o >= 0; o = nextOccurrence[o]) out[k++] = occurrenceStart[o];
        return out;
    }

    private boolean isFragment(int p) {
        if (words[p] == 1 && bounds.vietnamese() && !tokens.acronym[first[p]]) {
            // a lower-case syllable standing alone once is too little evidence of a word: giảm, chọn
            int evidence = properCount[p] > 0 ? 1 : 2;
            return standaloneCount[p] < Math.max(evidence, (1 - FRAGMENT_SHARE) * count[p]);
        }
        boolean evidence = count[p] >= 2 || bounds.properCase[first[p] + words[p] - 1];
        return evidence && longestExtension[p] >= FRAGMENT_SHARE * count[p];
    }

    /** Numbers the usable words: word ids in order of first use, a form's id its number + 1. Returns which words are usable. */
    private boolean[] numberWords() {
        Tokens t = tokens;
        int[] idOfForm = new int[t.formCount()];
        int distinct = 0;
        boolean[] usable = new boolean[t.size];
        for (int i = 0; i < t.size; i++) {
            if (bounds.excluded[i]) continue;
            int form = t.form(i);
            int id = idOfForm[form];
            if (id == 0 && distinct < MAX_DISTINCT_WORDS) idOfForm[form] = id = ++distinct;
            if (id == 0) continue;
            wordId[i] = id;
            usable[i] = true;
        }
        return usable;
    }

    /** The runs of usable, joined words that {@link #count} looks at: at least as many as the occurrences it counts. */
    private int runsAtMost(boolean[] usable) {
        Tokens t = tokens;
        int runs = 0;
        for (int i = 0; i < t.size; i++) {
            if (!usable[i]) continue;
            for (int words = 1; words <= MAX_WORDS && i + words <= t.size; words++) {
                int last = i + words - 1;
                if (words > 1 && (!usable[last] || !bounds.joinsPrevious[last])) break;
                runs++;
            }
        }
        return runs;
    }

    private void count(boolean[] usable) {
        Tokens t = tokens;
        for (int i = 0; i < t.size; i++) {
            if (!usable[i]) continue;
            for (int words = 1; words <= MAX_WORDS && i + words <= t.size; words++) {
                int last = i + words - 1;
                if (words > 1 && (!usable[last] || !bounds.joinsPrevious[last])) break;
                if (bounds.isPhrase(i, last)) add(i, words);
            }
        }
    }

    private void add(int start, int n) {
        long k = 0;
        for (int w = 0; w < n; w++) k |= (long) wordId[start + w] << (16 * w);
        int slot = slotOf(k);
        int p;
        if (slotKey[slot] == EMPTY) {
            p = newPhrase(n, start, k);
            slotKey[slot] = k;
            slotPhrase[slot] = p;
            if (2 * phraseCount > slotKey.length) rehash();
        } else {
            p = slotPhrase[slot];
        }
        count[p]++;
        byte zone = tokens.zone[start];
        if (zone == Tokens.TITLE) inTitle[p] = true;
        else weight[p] += zone == Tokens.LEDE ? LEDE_WEIGHT : 1f;
        if (bounds.properCase[start]) properCount[p]++;
        int last = start + n - 1;
        if (n > 1 && bounds.isWholeName(start, last) && followsAdminUnit(start)) placeCount[p]++;
        if (n > 1) {
            if (bounds.isPhrase(start, last - 1)) asPrefixCount[p]++;
            if (bounds.isPhrase(start + 1, last)) asSuffixCount[p]++;
        } else if (!isTwoWordPhrase(start - 1, start) && !isTwoWordPhrase(start, start + 1)) {
            standaloneCount[p]++;
        }
        if (occurrences == occurrenceStart.length) {
            occurrenceStart = Arrays.copyOf(occurrenceStart, occurrences * 2);
            nextOccurrence = Arrays.copyOf(nextOccurrence, occurrences * 2);
        }
        occurrenceStart[occurrences] = start;
        nextOccurrence[occurrences] = -1;
        if (lastOccurrence[p] >= 0) nextOccurrence[lastOccurrence[p]] = occurrences;
        else firstOccurrence[p] = occurrences;
        lastOccurrence[p] = occurrences++;
    }

    private int newPhrase(int n, int start, long k) {
        if (phraseCount == key.length) growPhrases(phraseCount * 2);
        int p = phraseCount++;
        key[p] = k;
        words[p] = (byte) n;
        first[p] = start;
        firstOccurrence[p] = -1;
        lastOccurrence[p] = -1;
        // the arrays may be another article's (Scratch): what is counted starts at zero here
        count[p] = 0;
        weight[p] = 0;
        inTitle[p] = false;
        properCount[p] = 0;
        placeCount[p] = 0;
        standaloneCount[p] = 0;
        asPrefixCount[p] = 0;
        asSuffixCount[p] = 0;
        longestExtension[p] = 0;
        return p;
    }

    private void growPhrases(int n) {
        key = Arrays.copyOf(key, n);
        words = Arrays.copyOf(words, n);
        first = Arrays.copyOf(first, n);
        count = Arrays.copyOf(count, n);
        weight = Arrays.copyOf(weight, n);
        inTitle = Arrays.copyOf(inTitle, n);
        properCount = Arrays.copyOf(properCount, n);
        placeCount = Arrays.copyOf(placeCount, n);
        standaloneCount = Arrays.copyOf(standaloneCount, n);
        asPrefixCount = Arrays.copyOf(asPrefixCount, n);
        asSuffixCount = Arrays.copyOf(asSuffixCount, n);
        longestExtension = Arrays.copyOf(longestExtension, n);
        firstOccurrence = Arrays.copyOf(firstOccurrence, n);
        lastOccurrence = Arrays.copyOf(lastOccurrence, n);
    }

    private static int tableCapacity(int atLeast) {
        return Math.max(16, Integer.highestOneBit(Math.max(1, atLeast - 1)) << 1);
    }

    /** The slot of {@code k} in the table, or the empty slot where it belongs. */
    private int slotOf(long k) {
        // Fibonacci hashing: the top bits of the product depend on every word id of the key
        int slot = (int) ((k * 0x9E3779B97F4A7C15L) >>> shift);
        while (slotKey[slot] != EMPTY && slotKey[slot] != k) slot = (slot + 1) & mask;
        return slot;
    }

    private void rehash() {
        int capacity = (mask + 1) * 2;
        slotKey = new long[capacity];
        slotPhrase = new int[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        for (int p = 0; p < phraseCount; p++) {
            int slot = slotOf(key[p]);
            slotKey[slot] = key[p];
            slotPhrase[slot] = p;
        }
    }

    /** The number of the phrase with key {@code k}, or -1. */
    private int find(long k) {
        int slot = slotOf(k);
        return slotKey[slot] == EMPTY ? -1 : slotPhrase[slot];
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
        for (int longer = 0; longer < phraseCount; longer++) {
            if (words[longer] < 2) continue;
            int prefix = find(key[longer] & ((1L << (16 * (words[longer] - 1))) - 1));
            int suffix = find(key[longer] >>> 16);
            if (prefix >= 0) longestExtension[prefix] = Math.max(longestExtension[prefix], asPrefixCount[longer]);
            if (suffix >= 0) longestExtension[suffix] = Math.max(longestExtension[suffix], asSuffixCount[longer]);
        }
    }

    /**
     * One thread's arrays, lent to each article's phrases in turn: an article's arrays took about
     * a quarter of a megabyte, allocated and zeroed for every article (gigabytes over an archive,
     * and young collections to match). Only the part an article uses is cleared: the table's
     * slots here, each phrase's counts when it is made ({@link #newPhrase}). An article too long
     * for them gets arrays of its own, so that a rare huge one does not stay in the heap for the
     * rest of the build.
     */
    private static final class Scratch {
        static final int MAX_SLOTS = 1 << 16;
        static final ThreadLocal<Scratch> THREAD = ThreadLocal.withInitial(Scratch::new);

        private long[] slotKey = new long[0];
        private int[] slotPhrase;
        private long[] key = new long[0];
        private byte[] words;
        private int[] first;
        private int[] count;
        private float[] weight;
        private boolean[] inTitle;
        private int[] properCount;
        private int[] placeCount;
        private int[] standaloneCount;
        private int[] asPrefixCount;
        private int[] asSuffixCount;
        private int[] longestExtension;
        private int[] firstOccurrence;
        private int[] lastOccurrence;
        private int[] occurrenceStart;
        private int[] nextOccurrence;

        Scratch ensure(int capacity, int n) {
            if (slotKey.length < capacity) {
                slotKey = new long[capacity];
                slotPhrase = new int[capacity];
            }
            if (key.length < n) {
                key = new long[n];
                words = new byte[n];
                first = new int[n];
                count = new int[n];
                weight = new float[n];
                inTitle = new boolean[n];
                properCount = new int[n];
                placeCount = new int[n];
                standaloneCount = new int[n];
                asPrefixCount = new int[n];
                asSuffixCount = new int[n];
                longestExtension = new int[n];
                firstOccurrence = new int[n];
                lastOccurrence = new int[n];
                occurrenceStart = new int[n];
                nextOccurrence = new int[n];
            }
            return this;
        }

        /** Gives {@code to} these arrays, the table's first {@code capacity} slots emptied. */
        void lend(CandidatePhrases to, int capacity) {
            Arrays.fill(slotKey, 0, capacity, EMPTY);
            to.slotKey = slotKey;
            to.slotPhrase = slotPhrase;
            to.key = key;
            to.words = words;
            to.first = first;
            to.count = count;
            to.weight = weight;
            to.inTitle = inTitle;
            to.properCount = properCount;
            to.placeCount = placeCount;
            to.standaloneCount = standaloneCount;
            to.asPrefixCount = asPrefixCount;
            to.asSuffixCount = asSuffixCount;
            to.longestExtension = longestExtension;
            to.firstOccurrence = firstOccurrence;
            to.lastOccurrence = lastOccurrence;
            to.occurrenceStart = occurrenceStart;
            to.nextOccurrence = nextOccurrence;
        }
    }
}
