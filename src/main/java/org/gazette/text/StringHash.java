package org.gazette.text;

/**
 * A 64-bit hash of a string: FNV-1a over its characters, finalized by {@link FoldedWords#mix} so
 * that low and high bits are both good. For keys kept by the million as numbers instead of strings
 * (output paths, source paths), and for contents known by their hash (article bodies).
 */
public final class StringHash {
    private StringHash() {}

    public static long of(String s) {
        long h = 0xcbf29ce484222325L;
        // characters copied out a block at a time: a call per character costs more than the hash
        char[] block = new char[Math.min(s.length(), 256)];
        for (int from = 0; from < s.length(); from += block.length) {
            int n = Math.min(block.length, s.length() - from);
            s.getChars(from, from + n, block, 0);
            for (int i = 0; i < n; i++) {
                h ^= block[i];
                h *= 0x100000001b3L;
            }
        }
        return FoldedWords.mix(h);
    }

    /** The same hash over bytes {@code [from, to)} of {@code b}. */
    public static long of(byte[] b, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= b[i] & 0xFF;
            h *= 0x100000001b3L;
        }
        return FoldedWords.mix(h);
    }
}
