package org.gazette.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/**
 * Turns the bytes of an input file into text, detecting the encoding from evidence rather than
 * assuming one.
 *
 * <p>In order: a byte-order mark decides (UTF-8, UTF-16, UTF-32; the mark is removed). Without
 * one, a zero byte in every other position means UTF-16. Otherwise NUL bytes or many control
 * characters mean binary data. Valid UTF-8 is UTF-8, and so is text whose multi-byte sequences are
 * more than 95% valid (the rest replaced and reported). Anything else is a legacy single-byte
 * file, and {@link LegacyCharsets} picks windows-1258 (Vietnamese) or windows-1252 (Western).
 *
 * <p>Line endings are left as they are. Every step is one linear pass; the decisions that need
 * statistics look at a sample of at most {@value #SAMPLE} bytes, so a large file is decoded once.
 */
public final class TextDecoder {
    private TextDecoder() {}

    /** How many bytes (or, after decoding UTF-16/32, characters) the binary and UTF-16 tests inspect. */
    static final int SAMPLE = 64 * 1024;

    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /**
     * The decoded text of a file.
     *
     * @param text     the text without a byte-order mark; empty when {@code binary}
     * @param charset  the encoding used, by its Java name ({@code UTF-8}, {@code UTF-16LE},
     *                 {@code windows-1258}, …); null when {@code binary}
     * @param binary   whether the bytes are not text at all (an image, an archive…)
     * @param problems sentences about real defects (invalid bytes, binary data), without the file name
     */
    public record Decoded(String text, String charset, boolean binary, List<String> problems) {
        public Decoded {
            problems = List.copyOf(problems);
        }
    }

    /** Decodes {@code bytes}; never throws, whatever the input. */
    public static Decoded decode(byte[] bytes) {
        Decoded plain = plainUtf8(bytes);
        return plain != null ? plain : detect(bytes);
    }

    /**
     * The common case in one pass: UTF-8 without a byte-order mark, no invalid bytes (the decoder
     * would have put U+FFFD in their place) and no control characters at all in the sample (so
     * neither binary data nor BOM-less UTF-16, whose ASCII has NUL bytes). Anything else, null,
     * and {@link #detect} looks closer; the two agree whenever this one answers.
     */
    private static Decoded plainUtf8(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)
                || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) return null;
        int sample = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' && c != '\f' : c == 0x7F) return null;
        }
        return new Decoded(text, StandardCharsets.UTF_8.name(), false, List.of());
    }

    private static Decoded detect(byte[] bytes) {
        int start = 0;
        Charset charset;
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {       // before UTF-16LE, whose BOM is a prefix of this one
            charset = UTF_32LE;
            start = 4;
        } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = UTF_32BE;
            start = 4;
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            start = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else {
            charset = utf16ByZeroPattern(bytes);
        }

        // UTF-8 and the legacy candidates all share ASCII, so their control characters can be
        // judged on the raw bytes before choosing; UTF-16/32 only after decoding.
        boolean asciiCompatible = charset == null || charset == StandardCharsets.UTF_8;
        if (asciiCompatible) {
            String why = binaryReason(new String(bytes, start, Math.min(bytes.length - start, SAMPLE),
                    StandardCharsets.ISO_8859_1));
            if (why != null) return binary(why);
        }
        if (charset == null) charset = utf8OrLegacy(bytes);

        Decoding decoding = decodeLeniently(bytes, start, charset);
        String text = decoding.text();
        if (!asciiCompatible) {
            String why = binaryReason(text.substring(0, Math.min(text.length(), SAMPLE)));
            if (why != null) return binary(why);
        }
        if (charset.equals(LegacyCharsets.VIETNAMESE)) {
            // windows-1258 spells most toned vowels as base letter + combining mark.
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        List<String> problems = decoding.badCount() == 0 ? List.of() : List.of(
                "invalid " + charset.name() + " bytes at byte offset " + decoding.firstBad() + " (replaced"
                        + (decoding.badCount() > 1 ? "; " + decoding.badCount() + " invalid sequences in all" : "")
                        + ")");
        return new Decoded(text, charset.name(), false, problems);
    }

    private static Decoded binary(String why) {
        return new Decoded("", null, true, List.of(why));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    /**
     * UTF-16 without a BOM: Latin-script text has a zero high byte for every ASCII and Latin-1
     * character, so at least a third of the byte pairs have a zero on one side and almost none on
     * the other. Binary data with zeros on both sides does not qualify.
     */
    private static Charset utf16ByZeroPattern(byte[] bytes) {
        int pairs = Math.min(bytes.length, SAMPLE) / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        if (oddZeros * 3 >= pairs && evenZeros * 10 < oddZeros) return StandardCharsets.UTF_16LE;
        if (evenZeros * 3 >= pairs && oddZeros * 10 < evenZeros) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Why {@code sample} is not text, or null: it holds a NUL, or more than 5% control characters. */
    private static String binaryReason(String sample) {
        int controls = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c == 0) return "binary data, not text (it contains NUL bytes)";
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) controls++;
        }
        if (controls * 20L > sample.length()) {
            return "binary data, not text (" + (controls * 100L / sample.length()) + "% control characters)";
        }
        return null;
    }

    /** UTF-8 if it is valid, or valid but for a few stray bytes; else the likelier legacy charset. */
    private static Charset utf8OrLegacy(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < bytes.length; ) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = utf8Sequence(bytes, i);
            if (length > 0) {
                valid++;
                i += length;
            } else {
                invalid++;
                i -= length;
            }
        }
        if (invalid == 0 || valid * 20L > (valid + invalid) * 19L) return StandardCharsets.UTF_8;
        return LegacyCharsets.likeliest(bytes);
    }

    /**
     * The length of the well-formed UTF-8 sequence at {@code i}, or minus the length of its
     * maximal ill-formed prefix (Unicode's "maximal subpart" rule, which Java's decoder follows
     * when it replaces bad bytes). Rejects overlong forms, surrogates and code points past U+10FFFF.
     */
    static int utf8Sequence(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int continuations;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuations = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuations = 2;
            if (lead == 0xE0) low = 0xA0;
            if (lead == 0xED) high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuations = 3;
            if (lead == 0xF0) low = 0x90;
            if (lead == 0xF4) high = 0x8F;
        } else {
            return -1;
        }
        for (int k = 1; k <= continuations; k++) {
            if (i + k >= bytes.length) return -k;
            int next = bytes[i + k] & 0xFF;
            if (next < low || next > high) return -k;
            low = 0x80;
            high = 0xBF;
        }
        return continuations + 1;
    }

    private record Decoding(String text, long firstBad, int badCount) {}

    /**
     * Decodes from {@code start}, replacing each malformed or unmappable sequence with U+FFFD and
     * remembering where the first one was, so the problem can point at a byte offset.
     */
    private static Decoding decodeLeniently(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // Every supported charset gives at most one char per byte, counting replacements, so
        // growing is only a safeguard.
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        long firstBad = -1;
        int bad = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) break;
            if (result.isOverflow()) {
                out = grow(out);
                continue;
            }
            if (bad++ == 0) firstBad = in.position();
            if (!out.hasRemaining()) out = grow(out);
            out.put('\uFFFD');
            in.position(in.position() + result.length());
        }
        decoder.flush(out);
        return new Decoding(out.flip().toString(), firstBad, bad);
    }

    private static CharBuffer grow(CharBuffer out) {
        return CharBuffer.allocate(out.capacity() * 2 + 16).put(out.flip());
    }
}
