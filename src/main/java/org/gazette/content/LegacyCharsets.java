package org.gazette.content;

import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * Chooses between the two legacy single-byte encodings an archive is likely to hold: windows-1258
 * (Vietnamese) and windows-1252 (Western, a superset of ISO-8859-1's printable range).
 *
 * <p>The two agree on most letters. They differ on 14 bytes: where 1252 has {@code Ì ì Ò ò Þ},
 * 1258 has the combining tone marks (grave, acute, hook above, dot below, tilde), and where 1252
 * has {@code Ã ã Ð ð Õ õ Ý ý þ}, 1258 has {@code Ă ă Đ đ Ơ ơ Ư ư ₫}. So each non-ASCII byte is
 * scored under both readings: a letter next to another letter is a plausible part of a word (+1),
 * a combining mark right after a vowel is how 1258 writes a tone (+2) while one after anything else
 * is garbage (−2), and an undefined byte is evidence against (−3). Vietnamese text, dense with tone
 * marks after vowels, wins under 1258; Western text, where {@code ì ò} follow consonants
 * ({@code così}, {@code però}), wins under 1252. A tie goes to 1252, the more common encoding.
 */
final class LegacyCharsets {
    private LegacyCharsets() {}

    static final Charset VIETNAMESE = Charset.forName("windows-1258");
    static final Charset WESTERN = Charset.forName("windows-1252");

    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    private static final byte VOWEL = 2;
    private static final byte MARK = 3;
    private static final byte UNDEFINED = 4;

    private static final byte[] VIETNAMESE_KINDS = kinds(VIETNAMESE);
    private static final byte[] WESTERN_KINDS = kinds(WESTERN);

    /**
     * The likelier of the two for {@code bytes}, judged on the {@value TextDecoder#SAMPLE} bytes
     * from the first non-ASCII byte on (the ASCII before it says nothing either way).
     */
    static Charset likeliest(byte[] bytes) {
        int from = 0;
        while (from < bytes.length && bytes[from] >= 0) from++;
        int to = Math.min(bytes.length, from + TextDecoder.SAMPLE);
        return score(bytes, from, to, VIETNAMESE_KINDS) > score(bytes, from, to, WESTERN_KINDS)
                ? VIETNAMESE : WESTERN;
    }

    private static int score(byte[] bytes, int from, int to, byte[] kinds) {
        int score = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] >= 0) continue;
            byte previous = i > 0 ? kinds[bytes[i - 1] & 0xFF] : OTHER;
            byte next = i + 1 < bytes.length ? kinds[bytes[i + 1] & 0xFF] : OTHER;
            switch (kinds[bytes[i] & 0xFF]) {
                case UNDEFINED -> score -= 3;
                case MARK -> score += previous == VOWEL ? 2 : -2;
                case LETTER, VOWEL -> {
                    if (inWord(previous) || inWord(next)) score += 1;
                }
                default -> { }
            }
        }
        return score;
    }

    private static boolean inWord(byte kind) {
        return kind == LETTER || kind == VOWEL || kind == MARK;
    }

    /** What each of the 256 byte values means under {@code charset}, for table lookups while scoring. */
    private static byte[] kinds(Charset charset) {
        byte[] kinds = new byte[256];
        for (int b = 0; b < 256; b++) {
            char c = new String(new byte[] {(byte) b}, charset).charAt(0);
            if (b >= 0x80 && (c == '\uFFFD' || Character.isISOControl(c))) {
                kinds[b] = UNDEFINED;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                kinds[b] = MARK;
            } else if (Character.isLetter(c)) {
                // ơ, ư, ê… are vowels too: judge the base letter.
                char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
                kinds[b] = "aeiouyAEIOUY".indexOf(base) >= 0 ? VOWEL : LETTER;
            } else {
                kinds[b] = OTHER;
            }
        }
        return kinds;
    }
}
