package org.gazette.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A 64-bit hash of a string: FNV-1a over its characters, finalized by {@link FoldedWords#mix} so
 * that low and high bits are both good. For keys kept by the million as numbers instead of strings
 * (output paths, source paths), and for contents known by their hash (article bodies, articles).
 */
public final class StringHash {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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

    /** {@code h} followed by {@code v}: a hash of the pair, for hashes made of several parts. */
    public static long combine(long h, long v) {
        return FoldedWords.mix(h * 0x9E3779B97F4A7C15L ^ v);
    }

    /**
     * Another 64-bit hash over bytes {@code [from, to)} of {@code b}, eight bytes a step: for
     * contents hashed often and whole (an article's packed text), not for keys that must hash like
     * their strings. Each step rotates, so every byte reaches every bit of the result.
     */
    public static long digest(byte[] b, int from, int to) {
        long h = 0x2545F4914F6CDD1DL ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) h = step(h, (long) LONGS.get(b, i));
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 8) tail |= (b[i] & 0xFFL) << shift;
        return FoldedWords.mix(step(h, tail));
    }

    private static long step(long h, long word) {
        return Long.rotateLeft(h ^ word * 0x9E3779B97F4A7C15L, 29) * 0xBF58476D1CE4E5B9L;
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
