package org.gazette.testing;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/** Text encoded the way legacy files really are, for decoder and bad-input tests. */
public final class Encodings {
    public static final Charset CP1258 = Charset.forName("windows-1258");

    private Encodings() {}

    /**
     * Encodes as a Vietnamese windows-1258 file really is: a toned vowel that the code page has no
     * single byte for becomes its base letter (with ă â ê ô ơ ư kept whole) plus a combining tone
     * mark, the way Windows converts Unicode text to code page 1258.
     */
    public static byte[] windows1258(String text) {
        CharsetEncoder encoder = CP1258.newEncoder();
        StringBuilder spelled = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (encoder.canEncode(c)) {
                spelled.append(c);
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            String tone = "";
            for (char part : decomposed.toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(part) >= 0) tone = String.valueOf(part);
                else base.append(part);
            }
            spelled.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        if (!encoder.canEncode(spelled)) throw new IllegalArgumentException("not encodable in windows-1258: " + spelled);
        return spelled.toString().getBytes(CP1258);
    }
}
