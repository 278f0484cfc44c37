package org.gazette.search;

/**
 * Writes one term's postings (document numbers ascending, with a 6-bit score each) as a string of
 * base64url digits, in whichever of two forms is shorter:
 * <ul>
 *   <li><b>sparse</b>: for each document, the gap to the previous one as a varint (5 data bits per
 *       digit, the sixth bit says another digit follows; the first gap is the document number, the
 *       others are {@code doc - previous - 1}), then one score digit;</li>
 *   <li><b>dense</b>, for words in a large share of the archive: a bitmap over all documents (six per
 *       digit, bit {@code j} of digit {@code i} is document {@code 6i + j}), the best {@link #TOP}
 *       documents with their scores in the sparse form, and one default score for the rest. A word
 *       in every article then costs N/6 bytes instead of about 2N.</li>
 * </ul>
 * Keys that only say <em>whether</em> an article has them (word pairs, spellings, tags) carry no
 * scores: the sparse form is then gaps only and the dense form the bitmap only.
 * The search page decodes both in {@code search.js}; {@code docs/search.md} describes the format.
 */
public final class Postings {
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** {@link #DIGITS} as an array: digits are written by the million, and an array read is cheaper than a call. */
    private static final char[] DIGIT = DIGITS.toCharArray();
    /** How many best-scoring documents a dense term lists with their own scores. */
    static final int TOP = 256;

    private Postings() {}

    /** One encoded term: either {@code sparse} is set, or the dense parts ({@code top} is empty without scores). */
    public record Encoded(String sparse, String bitmap, String top, int defaultScore) {
        public boolean dense() {
            return sparse == null;
        }

        int length() {
            return dense() ? bitmap.length() + top.length() + 2 : sparse.length();
        }
    }

    /**
     * @param docs   document numbers, strictly ascending
     * @param scores the score (1..63) of each document, or null for a key without scores
     * @param count  how many of {@code docs} to use
     * @param n      documents in the archive
     */
    public static Encoded encode(int[] docs, byte[] scores, int count, int n) {
        int sparseLength = 0;
        int prev = -1;
        for (int i = 0; i < count; i++) {
            sparseLength += varintLength(docs[i] - prev - 1) + (scores == null ? 0 : 1);
            prev = docs[i];
        }
        int bitmapLength = (n + 5) / 6;
        int topLength = scores == null ? 0 : 3 * TOP;
        if (sparseLength <= bitmapLength + topLength) {
            return new Encoded(sparse(docs, scores, null, count, sparseLength), null, null, 0);
        }
        char[] bits = new char[bitmapLength];
        int[] words = new int[bitmapLength];
        for (int i = 0; i < count; i++) words[docs[i] / 6] |= 1 << (docs[i] % 6);
        for (int i = 0; i < bitmapLength; i++) bits[i] = DIGIT[words[i]];
        if (scores == null) return new Encoded(null, new String(bits), "", 0);
        int[] best = best(scores, count);
        boolean[] inTop = new boolean[count];
        long rest = 0;
        for (int i : best) inTop[i] = true;
        for (int i = 0; i < count; i++) if (!inTop[i]) rest += scores[i];
        int defaultScore = (int) Math.max(1, Math.round((double) rest / (count - best.length)));
        return new Encoded(null, new String(bits), sparse(docs, scores, best, best.length, -1), defaultScore);
    }

    /** Positions of the {@link #TOP} best scores, ties to the lower document, in document order. */
    private static int[] best(byte[] scores, int count) {
        // Counting sort by score: scores have 63 levels.
        int[] byScore = new int[64];
        for (int i = 0; i < count; i++) byScore[scores[i]]++;
        int threshold = 63;
        int taken = 0;
        while (threshold > 0 && taken + byScore[threshold] <= TOP) taken += byScore[threshold--];
        int room = TOP - taken; // documents with score == threshold still admitted, lowest first
        int[] out = new int[TOP];
        int k = 0;
        for (int i = 0; i < count && k < TOP; i++) {
            if (scores[i] > threshold || (scores[i] == threshold && room-- > 0)) out[k++] = i;
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /**
     * The sparse form of documents {@code which[0..count)} (null: the first {@code count}), written
     * into an array of the right size ({@code length}, or -1 to measure it first).
     */
    private static String sparse(int[] docs, byte[] scores, int[] which, int count, int length) {
        if (length < 0) {
            length = 0;
            for (int k = 0, prev = -1; k < count; k++) {
                int i = which == null ? k : which[k];
                length += varintLength(docs[i] - prev - 1) + (scores == null ? 0 : 1);
                prev = docs[i];
            }
        }
        char[] out = new char[length];
        int at = 0;
        for (int k = 0, prev = -1; k < count; k++) {
            int i = which == null ? k : which[k];
            for (int v = docs[i] - prev - 1; ; v >>>= 5) {
                if (v < 32) {
                    out[at++] = DIGIT[v];
                    break;
                }
                out[at++] = DIGIT[(v & 31) | 32];
            }
            if (scores != null) out[at++] = DIGIT[scores[i]];
            prev = docs[i];
        }
        return new String(out);
    }


    static int varintLength(int v) {
        int len = 1;
        while (v >= 32) {
            v >>>= 5;
            len++;
        }
        return len;
    }
}
