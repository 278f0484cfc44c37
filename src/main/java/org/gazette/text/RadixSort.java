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
        sort(keys, payload, n, new long[n], new long[n]);
    }

    /**
     * {@link #sort(long[], long[], int)} with the caller's scratch arrays (at least {@code n} long
     * each), for one who sorts many times: a search batch sorts a million postings at every spill.
     * The bytes' counts are taken in one pass over the keys, and each pass moves the keys from one
     * pair of arrays into the other, so the result is copied back at most once.
     */
    public static void sort(long[] keys, long[] payload, int n, long[] keyScratch, long[] payloadScratch) {
        if (n < 2) return;
        int[][] counts = new int[8][256];
        long first = keys[0];
        long differing = 0;
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            differing |= k ^ first;
            counts[0][(int) k & 0xFF]++;
            counts[1][(int) (k >>> 8) & 0xFF]++;
            counts[2][(int) (k >>> 16) & 0xFF]++;
            counts[3][(int) (k >>> 24) & 0xFF]++;
            counts[4][(int) (k >>> 32) & 0xFF]++;
            counts[5][(int) (k >>> 40) & 0xFF]++;
            counts[6][(int) (k >>> 48) & 0xFF]++;
            counts[7][(int) (k >>> 56) & 0xFF]++;
        }
        long[] k1 = keys, p1 = payload, k2 = keyScratch, p2 = payloadScratch;
        for (int b = 0; b < 8; b++) {
            int shift = 8 * b;
            if ((differing >>> shift & 0xFF) == 0) continue; // this byte is the same in every key
            int[] count = counts[b];
            for (int d = 0, sum = 0; d < 256; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long k = k1[i];
                int at = count[(int) (k >>> shift) & 0xFF]++;
                k2[at] = k;
                p2[at] = p1[i];
            }
            long[] t = k1;
            k1 = k2;
            k2 = t;
            t = p1;
            p1 = p2;
            p2 = t;
        }
        if (k1 != keys) {
            System.arraycopy(k1, 0, keys, 0, n);
            System.arraycopy(p1, 0, payload, 0, n);
        }
    }
}
