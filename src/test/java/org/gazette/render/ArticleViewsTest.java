package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ArticleViewsTest {
    private static final long GB = 1L << 30;

    @Test
    void keepsEveryViewWhenTheHeapHasRoomForThemAndAWorkingSetWhenNot() {
        assertThat(ArticleViews.slots(10_000, GB)).isEqualTo(16_384);
        assertThat(ArticleViews.slots(100_000, GB)).as("a 100,000-article bench build").isEqualTo(131_072);
        assertThat(ArticleViews.slots(400_000, GB)).isEqualTo(ArticleViews.SLOTS);
        assertThat(ArticleViews.slots(1_000_000, 2 * GB)).as("a million in the 2 GB the issue sets").isEqualTo(ArticleViews.SLOTS);
        assertThat(ArticleViews.slots(1_000, 64L << 20)).as("a small heap, a small archive").isEqualTo(1_024);
        assertThat(ArticleViews.slots(1_000, 1L << 20)).as("no room at all").isEqualTo(1_024);
    }

    @Test
    void aViewIsBuiltOnceWhileItsSlotKeepsIt() {
        AtomicInteger built = new AtomicInteger();
        ArticleViews<String> views = new ArticleViews<>(100, i -> {
            built.incrementAndGet();
            return "card " + i;
        }, i -> i + 1L);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 100; i++) assertThat(views.get(i)).isEqualTo("card " + i);
        }
        assertThat(built.get()).isEqualTo(100);
        assertThat(views.hash(7)).isEqualTo(8L);
    }
}
