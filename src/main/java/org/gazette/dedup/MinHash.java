package org.gazette.dedup;

import org.gazette.text.FoldedWords;

/**
 * The MinHash signature of an article's text, {@value #HASHES} positions that two articles agree on
 * with probability equal to the Jaccard similarity of their shingle sets (shingles: runs of
 * {@value #SHINGLE} folded syllables), so that the share of agreeing positions estimates it.
 *
 * <p>One permutation hashing (Li, Owen and Zhang, 2012): each shingle is hashed once, the hash
 * picks one of {@value #HASHES} bins and competes for that bin's minimum, so signing costs one
 * hash per shingle rather than one per shingle and position. A bin that no shingle fell into takes
 * the minimum of the nearest filled bin in a direction fixed per bin, shifted by the distance
 * (densification, Shrivastava 2017), which keeps the estimate unbiased for short texts.
 *
 * <p>Only the low 8 bits of each position are kept (b-bit MinHash): {@value #HASHES} bytes per
 * article, a million articles in 96 MB. Two unrelated articles then still agree on a position by
 * chance, one time in 256, which {@link #similarity} corrects for.
 */
final class MinHash {
    static final int SHINGLE = 4;
    static final int HASHES = 96;
    /** Per bin, whether an empty bin borrows from the right (else from the left): fixed, as signatures must be. */
    private static final boolean[] RIGHTWARD = new boolean[HASHES];

    static {
        long[] bits = {FoldedWords.mix(0x5DEECE66DL), FoldedWords.mix(0x2545F4914F6CDD1DL)};
        for (int i = 0; i < HASHES; i++) RIGHTWARD[i] = (bits[i / 64] >>> (i % 64) & 1) == 0;
    }

    private MinHash() {}

    /** The number of shingles of a text of {@code words} syllables. */
    static int shingles(int words) {
        return Math.max(0, words - SHINGLE + 1);
    }

    /** The hash of the shingle of {@code words} that starts at word {@code i}. */
    static long shingle(FoldedWords words, int i) {
        long shingle = words.get(i);
        for (int k = 1; k < SHINGLE; k++) shingle = shingle * 0x9E3779B97F4A7C15L + words.get(i + k);
        return shingle;
    }

    /** The exact Jaccard similarity of the shingle sets of two texts, which signatures only estimate. */
    static double exactSimilarity(FoldedWords a, FoldedWords b) {
        java.util.Set<Long> sa = new java.util.HashSet<>();
        java.util.Set<Long> sb = new java.util.HashSet<>();
        for (int i = 0; i < shingles(a.size()); i++) sa.add(shingle(a, i));
        for (int i = 0; i < shingles(b.size()); i++) sb.add(shingle(b, i));
        if (sa.isEmpty() && sb.isEmpty()) return 0;
        int common = 0;
        for (long s : sa) if (sb.contains(s)) common++;
        return (double) common / (sa.size() + sb.size() - common);
    }

    /** Writes the signature of {@code words} to {@code out[offset .. offset + HASHES)}; false when the text has no shingle. */
    static boolean sign(FoldedWords words, byte[] out, int offset) {
        int n = shingles(words.size());
        if (n == 0) return false;
        int[] min = new int[HASHES];
        boolean[] filled = new boolean[HASHES];
        for (int i = 0; i < n; i++) {
            long x = FoldedWords.mix(shingle(words, i));
            int bin = (int) (((x >>> 32) * HASHES) >>> 32);
            // flipping the sign bit makes signed order the unsigned order of the 32-bit range
            int v = (int) x ^ Integer.MIN_VALUE;
            if (!filled[bin] || v < min[bin]) {
                min[bin] = v;
                filled[bin] = true;
            }
        }
        for (int bin = 0; bin < HASHES; bin++) {
            int value = min[bin];
            if (!filled[bin]) {
                int step = RIGHTWARD[bin] ? 1 : HASHES - 1;
                int from = (bin + step) % HASHES;
                int distance = 1;
                while (!filled[from]) {
                    from = (from + step) % HASHES;
                    distance++;
                }
                value = (int) FoldedWords.mix((long) min[from] << 8 | distance);
            }
            out[offset + bin] = (byte) value;
        }
        return true;
    }

    /** The Jaccard similarity that two signatures estimate, from the positions where they agree. */
    static double similarity(byte[] signatures, int a, int b) {
        int agree = 0;
        for (int h = 0; h < HASHES; h++) if (signatures[a + h] == signatures[b + h]) agree++;
        double chance = 1.0 / 256;
        return Math.max(0, ((double) agree / HASHES - chance) / (1 - chance));
    }
}
