package org.gazette.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.WithNull;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class PackedTextTest {
    @Test
    void keepsEachPartAndItsNulls() {
        PackedText t = PackedText.of("Điện Biên Phủ", null, "", "Nguồn: TTXVN");
        assertThat(t.get(0)).isEqualTo("Điện Biên Phủ");
        assertThat(t.get(1)).isNull();
        assertThat(t.get(2)).isEmpty();
        assertThat(t.get(3)).isEqualTo("Nguồn: TTXVN");
        assertThat(t.get(4)).as("past the last part").isNull();
    }

    @Test
    void keepsPartsLongerThanOneLengthByte() {
        String lede = "đảng viên ".repeat(2000);
        PackedText t = PackedText.of("a", lede, "b");
        assertThat(t.get(1)).isEqualTo(lede);
        assertThat(t.get(2)).isEqualTo("b");
    }

    @Test
    void isEqualWhenThePartsAre() {
        assertThat(PackedText.of("a", null)).isEqualTo(PackedText.of("a", null)).hasSameHashCodeAs(PackedText.of("a", null));
        assertThat(PackedText.of("a", null)).isNotEqualTo(PackedText.of("a", ""));
        assertThat(PackedText.of("ab", "c")).isNotEqualTo(PackedText.of("a", "bc"));
    }

    @Property
    void readsBackWhatWasPacked(@ForAll List<@WithNull(0.2) String> parts) {
        PackedText t = PackedText.of(parts.toArray(String[]::new));
        for (int i = 0; i < parts.size(); i++) assertThat(t.get(i)).isEqualTo(parts.get(i));
    }
}
