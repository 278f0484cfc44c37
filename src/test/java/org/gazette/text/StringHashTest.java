package org.gazette.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StringHashTest {

    /** FNV-1a over the characters one by one, as the hash is defined. */
    private static long reference(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return FoldedWords.mix(h);
    }

    @Property
    void isFnvOverTheCharactersWhateverTheLength(@ForAll @StringLength(max = 1200) String s) {
        assertThat(StringHash.of(s)).isEqualTo(reference(s));
    }

    @Test
    void longStringsAreHashedAcrossBlocks() {
        String a = "Đà Nẵng ".repeat(100);
        String b = a.substring(0, 700) + "x" + a.substring(701);
        assertThat(StringHash.of(a)).isEqualTo(reference(a)).isNotEqualTo(StringHash.of(b));
    }

    @Test
    void bytesOfAsciiTextHashLikeItsCharacters() {
        String s = "tin-tuc/2023/bai-viet.txt";
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        assertThat(StringHash.of(b, 0, b.length)).isEqualTo(StringHash.of(s));
    }

    @Property
    void aDigestTellsApartBytesThatDifferInOnePlace(@ForAll @StringLength(min = 1, max = 300) String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        long d = StringHash.digest(b, 0, b.length);
        assertThat(StringHash.digest(b.clone(), 0, b.length)).isEqualTo(d);
        for (int i = 0; i < b.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] c = b.clone();
                c[i] ^= (byte) (1 << bit);
                assertThat(StringHash.digest(c, 0, c.length)).as("byte %d bit %d", i, bit).isNotEqualTo(d);
            }
        }
        byte[] longer = java.util.Arrays.copyOf(b, b.length + 1);
        assertThat(StringHash.digest(longer, 0, longer.length)).as("a zero byte more").isNotEqualTo(d);
    }
}
