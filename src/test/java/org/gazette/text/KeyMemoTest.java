package org.gazette.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyMemoTest {

    @Test
    void givesTheFoldedKeyOfEachName() {
        KeyMemo keys = new KeyMemo();
        for (String name : new String[] {"Đảng", " ĐẢNG ", "Hà  Nội", "Đảng"}) {
            assertThat(keys.key(name)).isEqualTo(Folding.key(name));
        }
        assertThat(keys.key("Đảng")).isEqualTo(keys.key("đảng")).isEqualTo("dang");
    }
}
