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
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
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
