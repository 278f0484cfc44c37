package org.gazette.search;

import java.util.Arrays;

/**
 * Values by word, looked up straight from a range of a text's characters: no substring, no second pass over
 * the characters for a hash. Tokenising an article looks up every word, so this is the hot path.
 *
 * <p>Laid out for the cache misses a large table costs: each slot's hash and value sit side by side
 * in one {@code long[]} (one memory line per probe), and the word itself is only compared when the
 * hash matches. Not thread-safe.
 */
final class WordCache {
    /** What {@link #get} returns for a word not in the cache. */
    static final long MISSING = Long.MIN_VALUE;
    /** Marks a used slot in the hash half of an entry, so that a hash of 0 is still told from empty. */
    private static final long USED = 1L << 32;

    /** Two longs a slot: {@code USED | hash}, then the value; 0 marks an empty slot. */
    private long[] table = new long[2 << 12];
    private char[][] keys = new char[1 << 12][];
    private int size;

    /** The value of {@code text[start, end)}, or {@link #MISSING}. */
    long get(char[] text, int start, int end) {
        int mask = keys.length - 1;
        int h = hash(text, start, end);
        long tagged = USED | (h & 0xFFFFFFFFL);
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long t = table[2 * i];
            if (t == 0) return MISSING;
            if (t == tagged) {
                char[] k = keys[i];
                if (Arrays.equals(k, 0, k.length, text, start, end)) return table[2 * i + 1];
            }
        }
    }

    /** Stores a value for {@code text[start, end)}, which must be absent; returns the value. */
    long put(char[] text, int start, int end, long value) {
        if (++size * 2 > keys.length) grow();
        insert(Arrays.copyOfRange(text, start, end), value);
        return value;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(table, 0);
        Arrays.fill(keys, null);
        size = 0;
    }

    private void insert(char[] word, long value) {
        int mask = keys.length - 1;
        int h = hash(word, 0, word.length);
        int i = h & mask;
        while (table[2 * i] != 0) i = (i + 1) & mask;
        table[2 * i] = USED | (h & 0xFFFFFFFFL);
        table[2 * i + 1] = value;
        keys[i] = word;
    }

    private void grow() {
        long[] oldTable = table;
        char[][] oldKeys = keys;
        table = new long[oldTable.length * 2];
        keys = new char[oldKeys.length * 2][];
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) insert(oldKeys[i], oldTable[2 * i + 1]);
    }

    private static int hash(char[] s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + s[i];
        return h ^ (h >>> 16);
    }
}
