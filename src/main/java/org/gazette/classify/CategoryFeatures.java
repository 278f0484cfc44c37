package org.gazette.classify;

import org.gazette.text.FoldedWords;

/**
 * The features the category classifier reads: every folded syllable and every pair of adjacent
 * syllables ({@code kinh}, {@code te}, {@code kinh te}), hashed into {@value #BUCKETS} buckets.
 * Pairs carry most of the meaning in Vietnamese, where a word is usually two syllables. Hashing
 * keeps the model a fixed size whatever the vocabulary: collisions cost a little accuracy, never
 * memory.
 */
public final class CategoryFeatures {
    static final int BUCKET_BITS = 18;
    public static final int BUCKETS = 1 << BUCKET_BITS;

    private CategoryFeatures() {}

    /**
     * The bucket of each feature of the words of {@code parts} (say title, then body), read as one
     * text, in order, repeats kept (counts matter).
     */
    public static int[] of(FoldedWords... parts) {
        int n = 0;
        for (FoldedWords p : parts) n += p.size();
        if (n == 0) return new int[0];
        int[] out = new int[2 * n - 1];
        int k = 0;
        long previous = 0;
        for (FoldedWords part : parts) {
            for (int i = 0; i < part.size(); i++) {
                long w = part.get(i);
                if (k > 0) out[k++] = bucket(FoldedWords.mix(previous * 0x9E3779B97F4A7C15L + w));
                out[k++] = bucket(w);
                previous = w;
            }
        }
        return out;
    }

    private static int bucket(long hash) {
        return (int) (hash >>> (64 - BUCKET_BITS));
    }
}
