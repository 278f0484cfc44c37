package org.gazette.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8BufferTest {
    /**
     * Whatever the text (lone and split surrogates included) and however it is cut into writes of
     * each kind, the bytes are those of encoding the whole text at once.
     */
    @Property
    void encodesLikeStringGetBytes(@ForAll("texts") String text,
                                   @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 40) Integer> cuts,
                                   @ForAll @IntRange(min = 0, max = 3) int kind) {
        Utf8Buffer out = new Utf8Buffer();
        out.write("stale");
        out.reset();
        int from = 0;
        for (int cut : cuts.stream().sorted().distinct().toList()) {
            int to = Math.min(cut, text.length());
            if (to < from) continue;
            write(out, text, from, to, kind);
            from = to;
        }
        write(out, text, from, text.length(), kind);
        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLoneHighSurrogateAtTheEndIsAQuestionMark() {
        Utf8Buffer out = new Utf8Buffer();
        out.write("a\uD83D");
        assertThat(out.toByteArray()).isEqualTo(new byte[] {'a', '?'});
        out.reset();
        out.write("b");
        assertThat(out.toByteArray()).isEqualTo(new byte[] {'b'});
    }

    @Test
    void growsPastItsFirstBuffer() {
        Utf8Buffer out = new Utf8Buffer();
        String text = "Điện Biên ".repeat(20_000);
        out.write(text);
        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Utf8Buffer out, String text, int from, int to, int kind) {
        switch (kind) {
            case 0 -> out.write(text, from, to - from);
            case 1 -> out.write(text.toCharArray(), from, to - from);
            case 2 -> out.append(text, from, to);
            default -> text.substring(from, to).chars().forEach(out::write);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aĐđảệ<&\"“😀").withChars('\uD83D', '\uDE00', '\u07FF', '\u0800', '\uFFFF', '\u0000')
                .ofMaxLength(40);
    }
}
