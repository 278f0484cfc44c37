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
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(cp = text.codePointAt(i))) i += Character.charCount(cp);
            if (i - start <= MAX_WORD) each.word(start, i);
        }
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
