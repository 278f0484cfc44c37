package org.gazette.search;

import java.util.Arrays;

/**
 * Values by word, looked up straight from a range of the text: no substring, no second pass over
 * the characters for a hash. Tokenising an article looks up every word, so this is the hot path.
 * Not thread-safe.
 */
final class WordCache {
    /** Each key's hash beside it: a probe that meets another word mostly settles on the int. */
    private int[] hashes = new int[1 << 12];
    private String[] keys = new String[1 << 12];
    private int[][] values = new int[1 << 12][];
    private int size;

    /** The value of {@code text[start, end)}, or null. */
    int[] get(String text, int start, int end) {
        int len = end - start;
        int mask = keys.length - 1;
        int h = hash(text, start, end);
        for (int i = h & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) return null;
            if (hashes[i] == h && k.length() == len && text.regionMatches(start, k, 0, len)) return values[i];
        }
    }

    /** Stores a value for {@code word}, which must be absent; returns the value. */
    int[] put(String word, int[] value) {
        if (++size * 2 > keys.length) grow();
        insert(word, value);
        return value;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(hashes, 0);
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
        size = 0;
    }

    private void insert(String word, int[] value) {
        int mask = keys.length - 1;
        int h = hash(word, 0, word.length());
        int i = h & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        hashes[i] = h;
        keys[i] = word;
        values[i] = value;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[][] oldValues = values;
        hashes = new int[oldKeys.length * 2];
        keys = new String[oldKeys.length * 2];
        values = new int[oldKeys.length * 2][];
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) insert(oldKeys[i], oldValues[i]);
    }

    private static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + s.charAt(i);
        return h ^ (h >>> 16);
    }
}
