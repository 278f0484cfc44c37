package org.gazette.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Unicode clean-up and diacritic folding for Vietnamese (and any Latin-script) text.
 *
 * <p>Three levels, each a pure function:
 * <ul>
 *   <li>{@link #clean}: NFC, look-alikes of Đ mapped to Đ, no-break spaces to spaces, zero-width
 *       characters and the BOM removed. Every reader applies it first, so later regexes and
 *       comparisons can assume one spelling of each letter.</li>
 *   <li>{@link #toneless}: lower case with the five tone marks removed but ă â ê ô ơ ư đ kept;
 *       also unifies old and new tone placement ({@code hoá}/{@code hóa}).</li>
 *   <li>{@link #fold}: lower case, every diacritic removed and {@code đ → d} (NFD does not
 *       decompose đ, so it needs an explicit mapping).</li>
 * </ul>
 */
public final class Folding {
    private Folding() {}

    /** NFC, one spelling of Đ, plain spaces, no zero-width characters. */
    public static String clean(String s) {
        String t = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char r = c;
            switch (c) {
                case '\u00D0', '\u0189' -> r = 'Đ';      // Ð (eth) and Ɖ (African D) pasted for Đ
                case '\u00A0', '\u2007', '\u202F' -> r = ' ';
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F' -> r = 0;
                default -> { }
            }
            if (r != c && out == null) {
                out = new StringBuilder(t.length());
                out.append(t, 0, i);
            }
            if (out != null && r != 0) out.append(r);
        }
        return out == null ? t : out.toString();
    }

    /**
     * Lower case without any diacritic: {@code "Đảng viên" → "dang vien"}. Characters that are not
     * letters are kept as they are.
     */
    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) return s.toLowerCase(Locale.ROOT);
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            switch (c) {
                case 'đ', 'Đ', '\u00D0', '\u00F0', '\u0189' -> out.append('d');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Lower case with tone marks removed but vowel-quality marks and đ kept: {@code "Đảng" → "đang"}. */
    public static String toneless(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                // grave, acute, tilde, hook above, dot below (and the deprecated grave/acute tone marks)
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0340', '\u0341' -> { }
                default -> out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * Identity key for names that should merge when they differ only in case, diacritics or
     * spacing ({@code "Đảng"}, {@code "đảng"}, {@code " dang "} all give {@code "dang"}).
     */
    public static String key(String s) {
        String folded = fold(clean(s)).trim();
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) out.append(' ');
            space = false;
            out.append(c);
        }
        return out.toString();
    }
}
