package org.gazette.text;

/**
 * Sorts 64-bit keys with a payload each, as unsigned numbers: an LSD radix sort over bytes that
 * moves each key with its payload, stable, and skips the bytes that are the same in every key. A
 * search batch's postings (keys packed small first) or a manifest's path hashes take a few
 * sequential passes, not a comparison sort's calls.
 */
public final class RadixSort {
    private RadixSort() {}

    /**
     * Sorts {@code keys} ascending as signed numbers, the order {@link java.util.Arrays#binarySearch}
     * expects, and tells where each came from: the result's element {@code i} is the index that
     * {@code keys[i]} had before. For tables of hashes kept beside their values.
     */
    public static int[] sortSigned(long[] keys) {
        int n = keys.length;
        long[] from = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] ^= Long.MIN_VALUE; // the sign bit flipped: unsigned order is then signed order
            from[i] = i;
        }
        sort(keys, from, n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] ^= Long.MIN_VALUE;
            out[i] = (int) from[i];
        }
        return out;
    }

    /** Sorts {@code keys[0..n)} ascending as unsigned numbers and {@code payload} along with them; equal keys keep their order. */
    public static void sort(long[] keys, long[] payload, int n) {
        long[] k2 = new long[n];
        long[] p2 = new long[n];
        int[] count = new int[256];
        long differing = 0;
        for (int i = 1; i < n; i++) differing |= keys[i] ^ keys[0];
        for (int shift = 0; shift < 64; shift += 8) {
            if ((differing >>> shift & 0xFF) == 0) continue; // this byte is the same in every key
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) count[(int) (keys[i] >>> shift) & 0xFF]++;
            for (int d = 0, sum = 0; d < 256; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int at = count[(int) (keys[i] >>> shift) & 0xFF]++;
                k2[at] = keys[i];
                p2[at] = payload[i];
            }
            System.arraycopy(k2, 0, keys, 0, n);
            System.arraycopy(p2, 0, payload, 0, n);
        }
    }
}
