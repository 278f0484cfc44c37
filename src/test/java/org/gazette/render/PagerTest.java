package org.gazette.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagerTest {
    @Test
    void windowStaysSmallOnHugeLists() {
        Views.PagerView p = Pager.of("/kinh-te/", 2500, 50_000);
        assertThat(p.links()).hasSizeLessThanOrEqualTo(2 * Pager.WINDOW + 5);
        assertThat(p.prevPath()).isEqualTo("/kinh-te/page/2499/");
        assertThat(p.nextPath()).isEqualTo("/kinh-te/page/2501/");
        assertThat(p.links().get(0).path()).isEqualTo("/kinh-te/");
        assertThat(p.links().get(1).gap()).isTrue();
        assertThat(p.links().get(p.links().size() - 1).number()).isEqualTo(50_000);
    }

    @Test
    void firstPageHasNoPreviousAndMarksItselfCurrent() {
        Views.PagerView p = Pager.of("/", 1, 3);
        assertThat(p.prevPath()).isNull();
        assertThat(p.links()).extracting(Views.PagerLink::number).containsExactly(1, 2, 3);
        assertThat(p.links().get(0).current()).isTrue();
    }
}
