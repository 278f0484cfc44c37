package org.gazette.build;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParallelTest {
    @Test
    void everyIndexOnce() {
        AtomicIntegerArray seen = new AtomicIntegerArray(1000);
        Parallel.forEach(1000, 3, seen::incrementAndGet);
        for (int i = 0; i < 1000; i++) assertThat(seen.get(i)).isEqualTo(1);
    }

    /**
     * The caller cleans up after a failure, so no other thread may still be at work when it hears
     * of it. Which thread takes which item is up to them: several rounds, both ways round.
     */
    @Test
    void aFailureIsThrownOnceTheOtherThreadsHaveEndedTheirItem() {
        for (int round = 0; round < 6; round++) {
            int failing = round % 2;
            CountDownLatch slowStarted = new CountDownLatch(1);
            AtomicBoolean slowEnded = new AtomicBoolean();
            assertThatThrownBy(() -> Parallel.forEach(2, 2, i -> {
                if (i != failing) {
                    slowStarted.countDown();
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
                    while (System.nanoTime() < until) Thread.onSpinWait(); // busy, as rendering is: not interruptible
                    slowEnded.set(true);
                } else {
                    try {
                        slowStarted.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("page failed");
                }
            })).hasMessage("page failed");
            assertThat(slowEnded).as("round %d", round).isTrue();
        }
    }
}
