package org.gazette.content;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.testing.Encodings.windows1258;

class TextDecoderTest {
    private static final Charset CP1258 = Charset.forName("windows-1258");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static final String VIETNAMESE = "Người dân Đà Nẵng đón Tết Nguyên đán trong không khí ấm áp.\r\n"
            + "Các đại biểu Quốc hội thảo luận về dự án Luật Đất đai (sửa đổi) hôm thứ Sáu.\r\n"
            + "Ủy ban nhân dân tỉnh Điện Biên cho biết sẽ hỗ trợ những hộ nghèo ở vùng sâu.";

    @Test
    void decodesPlainUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode(VIETNAMESE.getBytes(StandardCharsets.UTF_8));

        assertThat(d.text()).isEqualTo(VIETNAMESE);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.binary()).isFalse();
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void keepsCrlfLineEndings() {
        TextDecoder.Decoded d = TextDecoder.decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8));

        assertThat(d.text()).isEqualTo("a\r\nb\rc\n");
    }

    @Test
    void removesUtf8ByteOrderMark() {
        TextDecoder.Decoded d = TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                VIETNAMESE.getBytes(StandardCharsets.UTF_8)));

        assertThat(d.text()).isEqualTo(VIETNAMESE);
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void decodesUtf16WithByteOrderMarks() {
        // Java's "UTF-16" encoder writes a big-endian BOM; build the little-endian one by hand.
        TextDecoder.Decoded be = TextDecoder.decode(VIETNAMESE.getBytes(StandardCharsets.UTF_16));
        TextDecoder.Decoded le = TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                VIETNAMESE.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(be.text()).isEqualTo(VIETNAMESE);
        assertThat(be.charset()).isEqualTo("UTF-16BE");
        assertThat(le.text()).isEqualTo(VIETNAMESE);
        assertThat(le.charset()).isEqualTo("UTF-16LE");
        assertThat(le.problems()).isEmpty();
    }

    @Test
    void decodesUtf16WithoutByteOrderMarkByItsZeroBytes() {
        TextDecoder.Decoded le = TextDecoder.decode(VIETNAMESE.getBytes(StandardCharsets.UTF_16LE));
        TextDecoder.Decoded be = TextDecoder.decode(VIETNAMESE.getBytes(StandardCharsets.UTF_16BE));

        assertThat(le.text()).isEqualTo(VIETNAMESE);
        assertThat(le.charset()).isEqualTo("UTF-16LE");
        assertThat(le.binary()).isFalse();
        assertThat(be.text()).isEqualTo(VIETNAMESE);
        assertThat(be.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void decodesUtf32WithByteOrderMark() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE, 0, 0};
        TextDecoder.Decoded d = TextDecoder.decode(concat(bom, VIETNAMESE.getBytes(Charset.forName("UTF-32LE"))));

        assertThat(d.text()).isEqualTo(VIETNAMESE);
        assertThat(d.charset()).isEqualTo("UTF-32LE");
    }

    @Test
    void reportsATruncatedUtf16File() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Tết".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {0x41});
        TextDecoder.Decoded d = TextDecoder.decode(bytes);

        assertThat(d.text()).isEqualTo("Tết\uFFFD");
        assertThat(d.problems()).containsExactly("invalid UTF-16LE bytes at byte offset 8 (replaced)");
    }

    @Test
    void detectsVietnameseWindows1258AndComposesTheToneMarks() {
        byte[] bytes = windows1258(VIETNAMESE);
        assertThat(new String(bytes, CP1258)).as("the file really uses combining tone marks").contains("\u0323");

        TextDecoder.Decoded d = TextDecoder.decode(bytes);

        assertThat(d.charset()).isEqualTo("windows-1258");
        assertThat(d.text()).isEqualTo(VIETNAMESE);
        assertThat(Normalizer.isNormalized(d.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void detectsVietnameseWindows1258InAShortHeadline() {
        String headline = "Đường về quê ngày Tết";

        assertThat(TextDecoder.decode(windows1258(headline)).text()).isEqualTo(headline);
    }

    @Test
    void detectsWesternWindows1252() {
        String italian = "Il caffè è più forte così, però la città è bella e l'università è aperta.";
        String portuguese = "A informação está na reunião de São Paulo; as ações não são caras.";
        String french = "Les élèves français étudient à l'école près de la forêt « Noël » – 5 €.";

        for (String text : new String[] {italian, portuguese, french}) {
            TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(CP1252));
            assertThat(d.charset()).as(text).isEqualTo("windows-1252");
            assertThat(d.text()).isEqualTo(text);
        }
    }

    @Test
    void readsALoneLatin1LetterAsWestern() {
        TextDecoder.Decoded d = TextDecoder.decode("café".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo("café");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void reportsBytesUndefinedInWindows1252() {
        TextDecoder.Decoded d = TextDecoder.decode(new byte[] {'c', 'a', 'f', (byte) 0xE9, (byte) 0x81});

        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo("café\uFFFD");
        assertThat(d.problems()).containsExactly("invalid windows-1252 bytes at byte offset 4 (replaced)");
    }

    @Test
    void keepsMostlyValidUtf8AndReportsTheStrayBytes() {
        byte[] good = VIETNAMESE.getBytes(StandardCharsets.UTF_8);
        int at = 20;
        byte[] bytes = concat(Arrays.copyOf(good, at), new byte[] {(byte) 0xFF}, Arrays.copyOfRange(good, at, good.length),
                new byte[] {(byte) 0xC3, '!'});

        TextDecoder.Decoded d = TextDecoder.decode(bytes);

        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(VIETNAMESE.substring(0, new String(good, 0, at, StandardCharsets.UTF_8).length())
                + "\uFFFD" + new String(good, at, good.length - at, StandardCharsets.UTF_8) + "\uFFFD!");
        assertThat(d.problems()).containsExactly(
                "invalid UTF-8 bytes at byte offset 20 (replaced; 2 invalid sequences in all)");
    }

    @Test
    void reportsInvalidBytesAfterAUtf8ByteOrderMarkByFileOffset() {
        TextDecoder.Decoded d = TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF});

        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.problems()).containsExactly("invalid UTF-8 bytes at byte offset 4 (replaced)");
    }

    @Test
    void recognisesAnImageAsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0x01, 0, 0, 0, 0x01, 0, 0x08, 0x06, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8, 0x66};

        TextDecoder.Decoded d = TextDecoder.decode(png);

        assertThat(d.binary()).isTrue();
        assertThat(d.text()).isEmpty();
        assertThat(d.charset()).isNull();
        assertThat(d.problems()).containsExactly("binary data, not text (it contains NUL bytes)");
    }

    @Test
    void recognisesRandomBytesAsBinary() {
        byte[] bytes = new byte[100_000];
        new Random(42).nextBytes(bytes);

        assertThat(TextDecoder.decode(bytes).binary()).isTrue();
    }

    @Test
    void recognisesManyControlCharactersAsBinary() {
        byte[] bytes = "ab\u0001\u0002cd\u0003\u0004ef\u0005\u0006gh".getBytes(StandardCharsets.US_ASCII);

        TextDecoder.Decoded d = TextDecoder.decode(bytes);

        assertThat(d.binary()).isTrue();
        assertThat(d.problems()).singleElement().asString().contains("control characters");
    }

    @Test
    void toleratesAStrayControlCharacterInText() {
        String text = "Hà Nội\b mưa to suốt đêm qua, nhiều tuyến phố ngập sâu.";

        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));

        assertThat(d.binary()).isFalse();
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void decodesEmptyInputAsEmptyText() {
        TextDecoder.Decoded d = TextDecoder.decode(new byte[0]);

        assertThat(d.text()).isEmpty();
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.binary()).isFalse();
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void decidesOnTheFirstNonAsciiContentOfALargeLegacyFile() {
        StringBuilder text = new StringBuilder();
        text.append("x".repeat(200_000)).append('\n');
        while (text.length() < 3_000_000) text.append(VIETNAMESE).append("\r\n");

        TextDecoder.Decoded d = TextDecoder.decode(windows1258(text.toString()));

        assertThat(d.charset()).isEqualTo("windows-1258");
        assertThat(d.text()).isEqualTo(text.toString());
    }

    @Property
    void neverThrowsAndAnswersConsistently(@ForAll byte[] bytes) {
        TextDecoder.Decoded d = TextDecoder.decode(bytes);

        if (d.binary()) {
            assertThat(d.text()).isEmpty();
            assertThat(d.problems()).isNotEmpty();
        } else {
            assertThat(d.charset()).isNotNull();
        }
    }

    @Property
    void roundTripsValidUtf8Exactly(@ForAll("text") String text) {
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));

        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.problems()).isEmpty();
    }

    /**
     * Text as a person writes it: any code point except C0 control characters other than tab and
     * line ends (those make a file binary), and not starting with U+FEFF (that is a byte-order mark).
     */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(3, Arbitraries.integers().between(0xA0, 0x1EFF)),
                Tuple.of(1, Arbitraries.integers().between(0x2000, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0x10FFFF)),
                Tuple.of(1, Arbitraries.of((int) '\t', (int) '\n', (int) '\r')));
        return codePoints.list().ofMaxSize(200)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()))
                .filter(s -> !s.startsWith("\uFEFF"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }
}
