package org.gazette.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words for search: maximal runs of letters, marks and numbers, exactly what the
 * browser's {@code /[\p{L}\p{M}\p{N}]+/gu} finds, so the index and the search page agree on every
 * word. Vietnamese writes one syllable per word, so this needs no dictionary.
 *
 * <p>Each word has two spellings in the index: {@link Folding#fold} (what a query is matched on)
 * and {@link #exact} (lower case with its diacritics, for the bonus an exactly spelled query gets).
 */
public final class Tokenizer {
    /** Longer runs are not words anybody types (base64 blobs, URLs without separators); skipped. */
    public static final int MAX_WORD = 64;

    /** {@link #isWordChar} for every char of the Basic Multilingual Plane, one bit each (8 KB). */
    private static final long[] WORD_CHARS = new long[1 << 10];

    static {
        for (int c = 0; c < 1 << 16; c++) {
            if (!Character.isSurrogate((char) c) && isWordChar(c)) WORD_CHARS[c >>> 6] |= 1L << c;
        }
    }

    private Tokenizer() {}

    /** The words of {@code text} in order, as written. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        forEach(text, (start, end) -> out.add(text.substring(start, end)));
        return out;
    }

    /** Receives each word as a range of the text, so callers need not copy it. */
    @FunctionalInterface
    public interface Words {
        void word(int start, int end);
    }

    /** Calls {@code each} with the bounds of every word of {@code text}, in order. */
    public static void forEach(String text, Words each) {
        forEach(text.toCharArray(), text.length(), each);
    }

    /**
     * Calls {@code each} with the bounds of every word of {@code text[0, length)}, in order. The
     * search indexer tokenises every article through here: an array and a table lookup per
     * character cost a fraction of {@link String#codePointAt} and {@link Character#getType}.
     */
    public static void forEach(char[] text, int length, Words each) {
        int i = 0;
        while (i < length) {
            if (!isWordCharAt(text, i, length)) {
                i += charCountAt(text, i, length);
                continue;
            }
            int start = i;
            while (i < length && isWordCharAt(text, i, length)) i += charCountAt(text, i, length);
            if (i - start <= MAX_WORD) each.word(start, i);
        }
    }

    /** The chars of the code point at {@code text[i]}: 2 for a surrogate pair, else 1. */
    private static int charCountAt(char[] text, int i, int length) {
        return Character.isHighSurrogate(text[i]) && i + 1 < length && Character.isLowSurrogate(text[i + 1]) ? 2 : 1;
    }

    /** Whether the code point starting at {@code text[i]} is a word character. */
    private static boolean isWordCharAt(char[] text, int i, int length) {
        char c = text[i];
        if (!Character.isSurrogate(c)) return (WORD_CHARS[c >>> 6] & (1L << c)) != 0;
        return isWordChar(Character.codePointAt(text, i, length));
    }

    /** Letters ({@code L*}), marks ({@code M*}) and numbers ({@code N*}). */
    static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * A word as spelled, for comparing spellings: NFC, then lower case one UTF-16 unit at a time
     * (what {@link Folding#fold} does too, and what the browser can reproduce exactly; whole-string
     * lower-casing differs between Java and JavaScript on a few letters such as a final sigma).
     */
    public static String exact(String word) {
        String s = Normalizer.isNormalized(word, Normalizer.Form.NFC) ? word : Normalizer.normalize(word, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) out.append(Character.toLowerCase(s.charAt(i)));
        return out.toString();
    }
}
