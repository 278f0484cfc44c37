package org.gazette.text;

import java.util.Arrays;

/**
 * The words of an article as 64-bit hashes of their folded form ({@code Đảng} and {@code dang}
 * hash alike), in reading order: what the category classifier, the near-duplicate detector and
 * the {@code always} tags read. A word is a run of letters and digits, folded as {@link
 * Folding#fold} folds them; everything else separates words. Hashes, not strings: a million
 * articles pass through here, and the readers only compare words, never show them.
 *
 * <p>Folding goes through a table of the first 8,192 code points (Latin, Vietnamese, combining
 * marks), built once from {@link Folding#fold}, rather than through Unicode normalization: the same
 * result for Vietnamese text, composed or decomposed, at a fraction of the cost. Combining marks
 * and zero-width characters belong to the word they sit in and add nothing to it.
 *
 * <p>Not thread-safe; one instance per article.
 */
public final class FoldedWords {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Table entry of a character that separates words. */
    private static final char SEPARATOR = 0;
    /** Table entry of a character that belongs to a word but adds nothing to it. */
    private static final char SILENT = 0xFFFF;
    private static final char[] FOLD = new char[0x2000];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                FOLD[c] = SILENT;
            } else if (Character.isLetterOrDigit(c)) {
                String folded = Folding.fold(String.valueOf((char) c));
                FOLD[c] = folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase((char) c);
            }
        }
    }

    private long[] hashes = new long[256];
    private int size;

    /** Appends the words of {@code text}; null and blank text add nothing. */
    public FoldedWords add(String text) {
        if (text == null || text.isEmpty()) return this;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char f = fold(text.charAt(i));
            if (f == SILENT) continue;
            if (f != SEPARATOR) {
                h = (h ^ f) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                push(h);
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) push(h);
        return this;
    }

    private static char fold(char c) {
        if (c < FOLD.length) return FOLD[c];
        return switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF' -> SILENT;
            default -> Character.isLetterOrDigit(c) ? Character.toLowerCase(c)
                    : Character.getType(c) == Character.NON_SPACING_MARK ? SILENT : SEPARATOR;
        };
    }

    /** Appends the words of each text in turn. */
    public FoldedWords addAll(Iterable<String> texts) {
        for (String t : texts) add(t);
        return this;
    }

    public int size() {
        return size;
    }

    /** The hash of word {@code i}. */
    public long get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return hashes[i];
    }

    public long[] toArray() {
        return Arrays.copyOf(hashes, size);
    }

    /** The hash {@link #add} gives a single word: {@code hashOf("Điện")} equals that of {@code dien}. */
    public static long hashOf(String word) {
        FoldedWords w = new FoldedWords().add(word);
        if (w.size != 1) throw new IllegalArgumentException("not one word: '" + word + "'");
        return w.hashes[0];
    }

    private void push(long fnv) {
        if (size == hashes.length) hashes = Arrays.copyOf(hashes, size * 2);
        // FNV's low bits are weak; callers take low bits as buckets and bands
        hashes[size++] = mix(fnv);
    }

    /** A 64-bit finalizer (from SplitMix64): every input bit reaches every output bit. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
