package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class JsTest {

    @Property
    void utf8LengthIsTheEncodedLengthOfAnyLiteral(@ForAll @StringLength(max = 1500) String s) {
        // index entries are literals: lone surrogates are escaped in them
        String literal = Js.string(s);
        assertThat(Js.utf8Length(literal)).isEqualTo(literal.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void utf8LengthCountsVietnameseAndPairsAcrossBlocks() {
        String s = "Đà Nẵng 😀 ".repeat(120);
        assertThat(Js.utf8Length(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void literalsEscapeQuotesControlsAndLoneSurrogates() {
        assertThat(Js.string("a\"b\\c\n\u2028\ud800")).isEqualTo("\"a\\\"b\\\\c\\n\\u2028\\ud800\"");
        assertThat(Js.plainString(new StringBuilder(), "AbC-_").toString()).isEqualTo("\"AbC-_\"");
    }
}
