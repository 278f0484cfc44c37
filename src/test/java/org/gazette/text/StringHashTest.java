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
}
