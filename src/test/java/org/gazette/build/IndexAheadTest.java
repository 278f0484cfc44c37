package org.gazette.build;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexAheadTest {
    @Test
    void theLastIndexedPageStartsTheFinishOnAThreadOfItsOwn() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<String> thread = new AtomicReference<>();
        IndexAhead ahead = new IndexAhead(() -> {
            thread.set(Thread.currentThread().getName());
            finished.countDown();
        }, 3);
        ahead.pageDone();
        ahead.pageDone();
        assertThat(finished.await(100, TimeUnit.MILLISECONDS)).as("two of three pages").isFalse();
        ahead.pageDone();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        ahead.await();
        assertThat(thread.get()).isEqualTo("gazette-index-finish");
    }

    @Test
    void anIndexWhosePagesDidNotAllRenderIsFinishedWhenAwaited() {
        AtomicInteger runs = new AtomicInteger();
        IndexAhead ahead = new IndexAhead(runs::incrementAndGet, Integer.MAX_VALUE);
        ahead.pageDone();
        ahead.await();
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void aFailedFinishIsThrownWhenAwaited() throws Exception {
        IndexAhead ahead = new IndexAhead(() -> {
            throw new IllegalStateException("disk full");
        }, 1);
        ahead.pageDone();
        assertThatThrownBy(ahead::await).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    @Test
    void anAbandonedBuildNeverStartsTheFinishAndWaitsForOneStarted() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        IndexAhead notStarted = new IndexAhead(runs::incrementAndGet, 2);
        notStarted.pageDone();
        notStarted.abandon();
        notStarted.pageDone(); // a page that was still rendering when the build failed
        Thread.sleep(50);
        assertThat(runs.get()).isZero();

        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        IndexAhead started = new IndexAhead(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.incrementAndGet();
        }, 1);
        started.pageDone();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            release.countDown();
        });
        releaser.start();
        started.abandon();
        assertThat(done.get()).as("abandon returns once the finish has ended").isEqualTo(1);
    }
}
